/** What `messages` answers. */

export interface Message {
  id: string
  caseId: string | null
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
