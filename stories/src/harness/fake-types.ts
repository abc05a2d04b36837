/** Types of the fake API and the contract as the stories use them. */
import type { FakeApi, PersonaId } from '@vois-online/widgets/testing';

export type { Fault } from '@vois-online/widgets/testing';
/** An operation of the API contract (as the fake's `fail` takes it). */
export type OperationIdOf = Parameters<FakeApi['fail']>[0];
export type PersonaIdOf = PersonaId;
