import { admin } from '../functions/admin'
import { appointments } from '../functions/appointments'
import { audit } from '../functions/audit'
import { auth } from '../functions/auth'
import { cases } from '../functions/cases'
import { deputies } from '../functions/deputies'
import { media } from '../functions/media'
import { messages } from '../functions/messages'
import { notices } from '../functions/notices'
import { places } from '../functions/places'
import { reports } from '../functions/reports'
import { safety } from '../functions/safety'
import { stations } from '../functions/stations'
import { stats } from '../functions/stats'
import { timer } from '../functions/timer'
import type { FunctionHandler } from '../runtime/context'

/** Every deployable function by name: the host serves these at POST /fn/<name>, as CloudBase serves each folder of cloudfunctions/. */
export const FUNCTIONS: Record<string, FunctionHandler> = { admin, auth, audit, deputies, cases, media, messages, notices, appointments, places, reports, safety, stations, stats, timer }
