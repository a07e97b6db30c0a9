export { ClinicAddress, ClinicName, ClinicPhone, EmergencyNumber, PhoneLink } from './ClinicContact';
