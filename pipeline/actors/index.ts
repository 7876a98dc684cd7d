export { summariseActors } from './summarise-actors.js';
export { summariseActorsInWorkers } from './summarise-actors-in-workers.js';
