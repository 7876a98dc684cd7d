export { summariseActors } from './summarise-actors.js';
