import type { SubmitLimits } from '../../src/core/limits'
import type { QrMaker } from '../deputies/qr-maker'
import type { Database } from '../db/queryable'
import type { PhoneNumbers } from '../identity/phone-numbers'
import type { CodeSessions } from '../identity/wechat-login'
import type { MediaStore } from '../media/store'
import type { PushChannel } from '../messaging/channel'
import type { SmsPort } from '../messaging/sms'
import type { MapService } from '../places/map-service'
import type { ContentCheck } from '../safety/content-check'

/** What every function is given by whichever runtime hosts it: the store, the clock and the ports. */
export interface Services {
  db: Database
  /**
   * Demo sign-ins (a seeded persona, or a device's own resident): only a demo host on its
   * embedded database offers them, never a production or cloud one.
   */
  demoLogins: boolean
  now: () => Date
  /** Submissions per person; SUBMIT_LIMITS unless a deployment (or a test) sets its own. */
  submitLimits?: SubmitLimits
  /** The most cases one export holds; EXPORT_ROWS_MAX unless a deployment (or a test) sets its own. */
  exportRowsMax?: number
  /** Encrypts residents' phones at rest; without it no phone is accepted. */
  phoneKey?: Buffer
  /** Where photos and video are stored; without it no attachment is accepted. */
  media?: MediaStore
  /** WeChat subscribe messages; without it only the in-app inbox is written. */
  push?: PushChannel
  /** Texts (Tencent Cloud SMS): claim codes, and steps for people WeChat cannot reach; without it none are sent. */
  sms?: SmsPort
  /** Where the H5 pages are served (PUBLIC_URL): the links texts carry. */
  publicUrl?: string
  /**
   * CloudBase's first administrator: the code in ADMIN_BOOTSTRAP_CODE binds as admin of this
   * district (made when missing) while there is no admin yet.
   */
  bootstrap?: { code: string; district: string; divisionCode: string; prefix: string }
  /** wx.login's code → openid (a self-hosted weapp: jscode2session); without it `auth wxLogin` is refused. */
  codeSessions?: CodeSessions
  /** The getPhoneNumber button's code → the person's number (the cloud only; H5 types it). */
  phoneNumbers?: PhoneNumbers
  /** Makes deputies' and stations' QR codes (kept in `media` once made). */
  qr?: QrMaker
  /** WeChat's content security (the cloud); the word list applies with or without it. */
  contentCheck?: ContentCheck
  /** Names places and finds typed ones (Tencent's location service); without it, the district's own gazetteer. */
  maps?: MapService
  /** Font files posters are drawn with (a CJK font); without them no poster is made. */
  posterFonts?: string[]
}
