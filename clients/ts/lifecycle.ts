// A key lifecycle against the mock, written from spec/kms.yaml alone: types from openapi-typescript
// (generated/kms.d.ts), calls through openapi-fetch (see `make spec-clients`). Every answer is checked against
// what the spec promises (status, body, headers); any difference exits 1.
//
// Usage: node build/lifecycle.js <base URL> <compartment OCID>
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/kms.d.ts";

type Key = components["schemas"]["Key"];
type KeyLifecycleState = components["schemas"]["KeyLifecycleState"];
type KeyVersionLifecycleState = components["schemas"]["KeyVersionLifecycleState"];

const [baseUrl, compartmentId] = process.argv.slice(2);
if (!baseUrl || !compartmentId) {
  console.error("usage: node build/lifecycle.js <base URL> <compartment OCID>");
  process.exit(2);
}
const client = createClient<paths>({ baseUrl });
let steps = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ok(text: string): void {
  steps += 1;
  console.log(`  ok ${String(steps).padStart(2)}  ${text}`);
}

function fail(text: string): never {
  throw new Error(text);
}

/** The spec promises `etag` and `opc-request-id` on every answer about one resource. */
function etagOf(response: Response, what: string): string {
  const etag = response.headers.get("etag");
  if (!etag) fail(`${what}: no etag header`);
  if (!response.headers.get("opc-request-id")) fail(`${what}: no opc-request-id header`);
  return etag;
}

/** Whether a state is transitional: an exhaustive switch over the spec's literal union (unknown values: true). */
function isTransitional(state: KeyLifecycleState): boolean {
  switch (state) {
    case "CREATING":
    case "ENABLING":
    case "DISABLING":
    case "DELETING":
    case "SCHEDULING_DELETION":
    case "CANCELLING_DELETION":
    case "UPDATING":
    case "BACKUP_IN_PROGRESS":
    case "RESTORING":
      return true;
    case "ENABLED":
    case "DISABLED":
    case "DELETED":
    case "PENDING_DELETION":
      return false;
    default: {
      const unknown: never = state; // a new value of the open enum reaches here at run time only
      console.log(`  (unknown lifecycle state ${String(unknown)}: treated as transitional)`);
      return true;
    }
  }
}

async function waitKey(keyId: string, want: KeyLifecycleState): Promise<{ key: Key; etag: string }> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const { data, error, response } = await client.GET("/20180608/keys/{keyId}", { params: { path: { keyId } } });
    if (error || !data) fail(`GetKey: ${response.status} ${JSON.stringify(error)}`);
    if (data.lifecycleState === want) return { key: data, etag: etagOf(response, "GetKey") };
    if (!isTransitional(data.lifecycleState)) fail(`GetKey: settled in ${data.lifecycleState}, want ${want}`);
    await sleep(50);
  }
  fail(`GetKey: never ${want}`);
}

async function waitVersion(keyId: string, keyVersionId: string, want: KeyVersionLifecycleState): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const { data, error, response } = await client.GET("/20180608/keys/{keyId}/keyVersions/{keyVersionId}", {
      params: { path: { keyId, keyVersionId } },
    });
    if (error || !data) fail(`GetKeyVersion: ${response.status} ${JSON.stringify(error)}`);
    if (data.lifecycleState === want) return;
    await sleep(50);
  }
  fail(`GetKeyVersion: never ${want}`);
}

async function main(): Promise<void> {
  const wrapping = await client.GET("/20180608/wrappingKeys");
  if (!wrapping.data) fail(`GetWrappingKey: ${wrapping.response.status}`);
  etagOf(wrapping.response, "GetWrappingKey");
  ok(`GetWrappingKey: ${wrapping.data.lifecycleState}, ${wrapping.data.publicKey.length} PEM characters`);

  const created = await client.POST("/20180608/keys", {
    body: {
      compartmentId: compartmentId!,
      displayName: "ts-lifecycle",
      keyShape: { algorithm: "AES", length: 32 },
      freeformTags: { team: "ts" },
    },
  });
  if (!created.data) fail(`CreateKey: ${created.response.status} ${JSON.stringify(created.error)}`);
  const keyId = created.data.id;
  etagOf(created.response, "CreateKey");
  ok(`CreateKey: ${keyId} (${created.data.lifecycleState})`);
  let { key, etag } = await waitKey(keyId, "ENABLED");
  ok(`GetKey until ENABLED: version ${key.currentKeyVersion}`);

  const listed = await client.GET("/20180608/keys", {
    params: { query: { compartmentId: compartmentId!, sortBy: "DISPLAYNAME", limit: 50 } },
  });
  if (!listed.data) fail(`ListKeys: ${listed.response.status}`);
  if (!listed.data.some((summary) => summary.id === keyId)) fail("ListKeys: our key is not listed");
  const nextPage: string | undefined = listed.response.headers.get("opc-next-page") ?? undefined;
  ok(`ListKeys: ${listed.data.length} keys, next page ${nextPage ?? "none"}`);

  const updated = await client.PUT("/20180608/keys/{keyId}", {
    params: { path: { keyId }, header: { "if-match": etag } },
    body: { displayName: "ts-lifecycle-renamed" },
  });
  if (!updated.data) fail(`UpdateKey: ${updated.response.status} ${JSON.stringify(updated.error)}`);
  ok(`UpdateKey with if-match: ${updated.data.displayName} (${updated.data.lifecycleState})`);
  if (updated.data.lifecycleState === "UPDATING") {
    const again = await client.PUT("/20180608/keys/{keyId}", { params: { path: { keyId } }, body: {} });
    if (again.response.status !== 409 || again.error?.code !== "IncorrectState") {
      fail(`UpdateKey while UPDATING: want 409 IncorrectState, got ${again.response.status}`);
    }
    ok("UpdateKey while UPDATING: 409 IncorrectState, as the spec says");
  }
  ({ key, etag } = await waitKey(keyId, "ENABLED"));
  ok("GetKey until ENABLED after the update");

  const rotated = await client.POST("/20180608/keys/{keyId}/keyVersions", { params: { path: { keyId } } });
  if (!rotated.data) fail(`CreateKeyVersion: ${rotated.response.status} ${JSON.stringify(rotated.error)}`);
  ok(`CreateKeyVersion (rotate): ${rotated.data.id} (${rotated.data.lifecycleState ?? "no state"})`);
  await waitVersion(keyId, rotated.data.id, "ENABLED");
  ok("GetKeyVersion until ENABLED");
  const versions = await client.GET("/20180608/keys/{keyId}/keyVersions", {
    params: { path: { keyId }, query: { sortOrder: "ASC" } },
  });
  if (!versions.data || versions.data.length !== 2 || versions.data.some((v) => v.origin !== "INTERNAL")) {
    fail(`ListKeyVersions: want 2 INTERNAL versions, got ${JSON.stringify(versions.data)}`);
  }
  ok(`ListKeyVersions: ${versions.data.length} versions`);

  const disabled = await client.POST("/20180608/keys/{keyId}/actions/disable", { params: { path: { keyId } } });
  if (!disabled.data) fail(`DisableKey: ${disabled.response.status} ${JSON.stringify(disabled.error)}`);
  await waitKey(keyId, "DISABLED");
  ok("DisableKey, then DISABLED");
  const enabled = await client.POST("/20180608/keys/{keyId}/actions/enable", { params: { path: { keyId } } });
  if (!enabled.data) fail(`EnableKey: ${enabled.response.status} ${JSON.stringify(enabled.error)}`);
  ({ etag } = await waitKey(keyId, "ENABLED"));
  ok("EnableKey, then ENABLED");

  const when = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
  const scheduled = await client.POST("/20180608/keys/{keyId}/actions/scheduleDeletion", {
    params: { path: { keyId }, header: { "if-match": etag } },
    body: { timeOfDeletion: when },
  });
  if (!scheduled.data) fail(`ScheduleKeyDeletion: ${scheduled.response.status} ${JSON.stringify(scheduled.error)}`);
  const pending = await waitKey(keyId, "PENDING_DELETION");
  ok(`ScheduleKeyDeletion, then PENDING_DELETION until ${pending.key.timeOfDeletion ?? "?"}`);
  const cancelled = await client.POST("/20180608/keys/{keyId}/actions/cancelDeletion", {
    params: { path: { keyId } },
  });
  if (!cancelled.data) fail(`CancelKeyDeletion: ${cancelled.response.status} ${JSON.stringify(cancelled.error)}`);
  const restored = await waitKey(keyId, "ENABLED");
  if (restored.key.timeOfDeletion != null) fail("CancelKeyDeletion: timeOfDeletion still set");
  ok("CancelKeyDeletion, then ENABLED again");

  const missing = await client.GET("/20180608/keys/{keyId}", { params: { path: { keyId: "ocid1.key.oc1..unknown" } } });
  if (missing.response.status !== 404 || missing.error?.code !== "NotAuthorizedOrNotFound") {
    fail(`GetKey(unknown): want 404 NotAuthorizedOrNotFound, got ${missing.response.status}`);
  }
  ok(`GetKey(unknown id): 404 ${missing.error.code}`);
}

main().then(
  () => console.log(`ts lifecycle: ${steps} steps passed`),
  (error: unknown) => {
    console.error(`ts lifecycle: FAILED after ${steps} steps: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
