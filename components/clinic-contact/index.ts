export { ClinicAddress, ClinicName, ClinicPhone, EmergencyNumber } from './ClinicContact';
