export { ContactDetails, directionsUrl } from './ContactDetails';
