export { CheckUpDays, DressingDays, FeverTemperature, FlushInterval, HeavyLiftingDays } from './AftercareValues';
