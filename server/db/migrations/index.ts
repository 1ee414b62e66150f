import init from './001-init'
import fiveOrderLoop from './002-five-order-loop'
import privacy from './003-privacy'
import media from './004-media'
import outbox from './005-outbox'
import dutyRoster from './006-duty-roster'
import stations from './007-stations'
import reception from './008-reception'
import reminders from './009-reminders'
import qrCodes from './010-qr-codes'
import posters from './011-posters'
import deputyProfiles from './012-deputy-profiles'
import receptionCases from './013-reception-cases'
import hardening from './014-hardening'
import uploads from './015-uploads'
import audit from './016-audit'
import accountDeletion from './017-account-deletion'
import contentSafety from './018-content-safety'
import bindings from './019-bindings'
import credentials from './020-credentials'
import districtData from './021-district-data'
import districtRecords from './022-district-records'
import urging from './023-urging'
import sms from './024-sms'
import search from './025-search'
import reports from './026-reports'
import supervision from './027-supervision'
import exports from './028-exports'
import reportRollup from './029-report-rollup'
import accountability from './030-accountability'
import districtBounds from './031-district-bounds'
import dutySeparation from './032-duty-separation'
import similarOffers from './033-similar-offers'
import persons from './034-persons'
import credentialsAndLimits from './035-credentials-and-limits'
import exportRuns from './036-export-runs'
import deputyEvents from './037-deputy-events'
import qrTargets from './038-qr-targets'
import appointmentTopics from './039-appointment-topics'
import suggestions from './040-suggestions'
import suggestionProgress from './041-suggestion-progress'
import suggestionDeadlines from './042-suggestion-deadlines'
import suggestionRecord from './043-suggestion-record'
import suggestionFigures from './044-suggestion-figures'
import suggestionReview from './045-suggestion-review'
import suggestionReminders from './046-suggestion-reminders'
import suggestionTerms from './047-suggestion-terms'
import suggestionMedia from './048-suggestion-media'
import legislation from './049-legislation'
import legislationOpinions from './050-legislation-opinions'
import legislationForums from './051-legislation-forums'
import legislationCommenters from './052-legislation-commenters'
import legislationTeam from './053-legislation-team'
import study from './054-study'
import oversight from './055-oversight'

/**
 * Versioned SQL migrations, in order. Each is plain SQL in a TypeScript string so that the
 * host, the tests and the esbuild bundles of the cloud functions all carry it without loaders.
 * Never edit a migration that has landed: add the next one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'five-order-loop', sql: fiveOrderLoop },
  { version: 3, name: 'privacy', sql: privacy },
  { version: 4, name: 'media', sql: media },
  { version: 5, name: 'outbox', sql: outbox },
  { version: 6, name: 'duty-roster', sql: dutyRoster },
  { version: 7, name: 'stations', sql: stations },
  { version: 8, name: 'reception', sql: reception },
  { version: 9, name: 'reminders', sql: reminders },
  { version: 10, name: 'qr-codes', sql: qrCodes },
  { version: 11, name: 'posters', sql: posters },
  { version: 12, name: 'deputy-profiles', sql: deputyProfiles },
  { version: 13, name: 'reception-cases', sql: receptionCases },
  { version: 14, name: 'hardening', sql: hardening },
  { version: 15, name: 'uploads', sql: uploads },
  { version: 16, name: 'audit', sql: audit },
  { version: 17, name: 'account-deletion', sql: accountDeletion },
  { version: 18, name: 'content-safety', sql: contentSafety },
  { version: 19, name: 'bindings', sql: bindings },
  { version: 20, name: 'credentials', sql: credentials },
  { version: 21, name: 'district-data', sql: districtData },
  { version: 22, name: 'district-records', sql: districtRecords },
  { version: 23, name: 'urging', sql: urging },
  { version: 24, name: 'sms', sql: sms },
  { version: 25, name: 'search', sql: search },
  { version: 26, name: 'reports', sql: reports },
  { version: 27, name: 'supervision', sql: supervision },
  { version: 28, name: 'exports', sql: exports },
  { version: 29, name: 'report-rollup', sql: reportRollup },
  { version: 30, name: 'accountability', sql: accountability },
  { version: 31, name: 'district-bounds', sql: districtBounds },
  { version: 32, name: 'duty-separation', sql: dutySeparation },
  { version: 33, name: 'similar-offers', sql: similarOffers },
  { version: 34, name: 'persons', sql: persons },
  { version: 35, name: 'credentials-and-limits', sql: credentialsAndLimits },
  { version: 36, name: 'export-runs', sql: exportRuns },
  { version: 37, name: 'deputy-events', sql: deputyEvents },
  { version: 38, name: 'qr-targets', sql: qrTargets },
  { version: 39, name: 'appointment-topics', sql: appointmentTopics },
  { version: 40, name: 'suggestions', sql: suggestions },
  { version: 41, name: 'suggestion-progress', sql: suggestionProgress },
  { version: 42, name: 'suggestion-deadlines', sql: suggestionDeadlines },
  { version: 43, name: 'suggestion-record', sql: suggestionRecord },
  { version: 44, name: 'suggestion-figures', sql: suggestionFigures },
  { version: 45, name: 'suggestion-review', sql: suggestionReview },
  { version: 46, name: 'suggestion-reminders', sql: suggestionReminders },
  { version: 47, name: 'suggestion-terms', sql: suggestionTerms },
  { version: 48, name: 'suggestion-media', sql: suggestionMedia },
  { version: 49, name: 'legislation', sql: legislation },
  { version: 50, name: 'legislation-opinions', sql: legislationOpinions },
  { version: 51, name: 'legislation-forums', sql: legislationForums },
  { version: 52, name: 'legislation-commenters', sql: legislationCommenters },
  { version: 53, name: 'legislation-team', sql: legislationTeam },
  { version: 54, name: 'study', sql: study },
  { version: 55, name: 'oversight', sql: oversight },
]
