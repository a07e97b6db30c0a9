export { CheckUpDays, DressingDays, FeverTemperature, HeavyLiftingDays } from './AftercareValues';
