import { customAlphabet } from 'nanoid';

// Short, URL-safe, readable ids; 12 characters of 36 make collisions negligible per document.
const random = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12);

export type IdKind = 'process' | 'lane' | 'phase' | 'node' | 'edge' | 'caseType' | 'scenario';
const PREFIX: Record<IdKind, string> = { process: 'p_', lane: 'l_', phase: 'ph_', node: 'n_', edge: 'e_', caseType: 'ct_', scenario: 'sc_' };

export const newId = (kind: IdKind) => PREFIX[kind] + random();
