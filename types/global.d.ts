/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** Build-time constants from config/index.ts. */
declare const API_BASE: string
declare const USE_CLOUD: boolean
declare const CLOUD_ENV: string
declare const WECHAT_SI: boolean
declare function requirePlugin(name: string): any

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
  }
}

/** Native weapp components used from React pages (src/services/native). */
declare namespace JSX {
  interface IntrinsicElements {
    'privacy-popup': Record<string, never>
  }
}
