/**
 * Type test (checked by `tsc` in `npm test`, not run by jest): every per-action map is typed
 * against the transitions table, so a row added to the table does not compile until each map
 * names it. `Grown` is the table with one more row, as a developer adding 督办 would write it;
 * each map as it stands must then be refused — an unused @ts-expect-error would itself fail.
 */
import type { z } from 'zod'
import { FORMS } from '../../src/components/case-forms'
import { HEARD_BY } from '../../src/core/cases/audiences'
import { MOVE_PAYLOADS } from '../../src/core/cases/payloads'
import type { ActionOf, CaseAction, PersonAction, TRANSITIONS } from '../../src/core/cases/transitions'
import { EFFECTS } from '../../server/cases/effects'

type Grown = readonly [...typeof TRANSITIONS, { action: 'escalate'; label: '督办'; from: readonly ['accepted']; to: 'same'; roles: readonly ['office'] }]
type GrownAction = ActionOf<Grown>

// The maps name every action of the table as it is…
export const complete = [
  MOVE_PAYLOADS satisfies Record<CaseAction, z.ZodObject>,
  EFFECTS satisfies Record<CaseAction, unknown>,
  HEARD_BY satisfies Record<CaseAction | 'submit' | 'overdue', unknown>,
  FORMS satisfies Record<PersonAction, unknown>,
]

// …and none of them names the new row.
// @ts-expect-error: a new move needs the payload it carries (src/core/cases/payloads.ts)
export const payloads: Record<GrownAction, z.ZodObject> = MOVE_PAYLOADS
// @ts-expect-error: a new move needs what it does besides the state (server/cases/effects.ts)
export const effects: Record<GrownAction, unknown> = EFFECTS
// @ts-expect-error: a new move needs who hears of it and what their message is titled (src/core/cases/audiences.ts)
export const audiences: Record<GrownAction | 'submit' | 'overdue', unknown> = HEARD_BY
// @ts-expect-error: a new move needs the form that asks for its payload (src/components/case-forms.ts)
export const forms: Record<Exclude<GrownAction, 'close'>, unknown> = FORMS
