import type { Audience } from '../cases/audiences'
import type { Role } from '../identity/roles'

/**
 * WeChat subscribe messages (订阅消息). Three templates: residents hear each status change of
 * their case; handlers hear what waits for them; both are reminded the day before an appointment. Which template ids and which of their
 * fields carry what is deployment configuration; what a field may hold is WeChat's rule.
 */
export const TEMPLATE_KINDS = ['status', 'todo', 'reminder'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]

export const templateKindOf = (audience: Audience): TemplateKind => (audience === 'resident' || audience === 'follower' ? 'status' : 'todo')

/** The templates a person is asked to allow: their role's kind of step, and appointment reminders. */
export const templateKindsFor = (role: Role): TemplateKind[] => [role === 'resident' ? 'status' : 'todo', 'reminder']

/** What a template field may be filled with, from the step's message. */
export const MESSAGE_VALUES = ['number', 'status', 'title', 'body', 'category', 'time'] as const
export type MessageValue = (typeof MESSAGE_VALUES)[number]

export interface TemplateConfig {
  id: string
  /** Template field key (thing1, phrase2, …) → the value it carries. */
  fields: Record<string, MessageValue>
}
export type SubscribeTemplates = Partial<Record<TemplateKind, TemplateConfig>>

/** WeChat's length limits by field type (subscribeMessage.send). */
const LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
  amount: 11,
}

/** A value cut to what its field type allows; thing and name end with … when cut. */
export function fitField(key: string, value: string): string {
  const type = /^([a-z_]+?)\d+$/.exec(key)?.[1] ?? key
  const max = LIMITS[type]
  const chars = [...value]
  if (!max || chars.length <= max) return value
  if (type === 'character_string' || type === 'letter' || type === 'number') return chars.slice(0, max).join('')
  if (type === 'phrase') return chars.slice(0, max).join('')
  return `${chars.slice(0, max - 1).join('')}…`
}

/** The `data` of subscribeMessage.send for one message. */
export function templateData(config: TemplateConfig, values: Record<MessageValue, string>): Record<string, { value: string }> {
  return Object.fromEntries(Object.entries(config.fields).map(([key, v]) => [key, { value: fitField(key, values[v]) }]))
}
