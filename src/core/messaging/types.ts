/** What `messages` answers. */

export interface Message {
  id: string
  caseId: string | null
  /** A page of the app the message opens (a draft law's comparison), when it is not about a case. */
  path: string | null
  title: string
  body: string
  read: boolean
  createdAt: string
}

export interface MessageList {
  items: Message[]
  unread: number
  /** Where the older messages continue; absent at the end. */
  cursor?: string
}
