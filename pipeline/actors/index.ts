// PLACEHOLDER: replaced by the actor work (issue 6). Signature is the contract run.ts uses.
import type { ActorOptions, ActorOutput, Claim, Story } from '../types.js';

export function summariseActors(_stories: readonly Story[], _claims: readonly Claim[], _options: ActorOptions): ActorOutput {
  return { actors: [], mentioned: [], interactions: [] };
}
