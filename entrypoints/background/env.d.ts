/** Set by wxt.config.ts (`vite.define`): `true` only in the test build (`QC_E2E=1`). */
interface ImportMetaEnv {
  readonly QC_E2E: boolean;
}
