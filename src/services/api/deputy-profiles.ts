import type { deputiesEvent } from '../../core/deputies/schemas'
import type { MyProfile, ProfileChange } from '../../core/deputies/types'
import { callFunction, type Args } from './call'
import type { ShownCode } from '../../core/scene'

/** `deputies`, the deputy's own profile and poster and their station's review of it (subpackages only). */

export const myProfile = () => callFunction<MyProfile>('deputies', { action: 'myProfile' })
export const proposeProfile = (e: Args<typeof deputiesEvent, 'proposeProfile'>) => callFunction<MyProfile>('deputies', { action: 'proposeProfile', ...e })
export const profileChanges = () => callFunction<{ items: ProfileChange[] }>('deputies', { action: 'profileChanges' })
export const decideProfile = (e: Args<typeof deputiesEvent, 'decideProfile'>) =>
  callFunction<{ items: ProfileChange[] }>('deputies', { action: 'decideProfile', ...e })
export const deputyPoster = (code: string) => callFunction<ShownCode>('deputies', { action: 'poster', code })
