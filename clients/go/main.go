// Command lifecycle drives one key through its lifecycle against the mock with the Go client that
// openapi-generator generates from spec/kms.yaml with default options (see `make spec-clients`).
// Every answer is decoded into the generated types; any error, unexpected state or undecodable body exits 1.
//
// Usage: lifecycle <base URL> <compartment OCID>
package main

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	kms "github.com/GIT_USER_ID/GIT_REPO_ID"
)

const pollEvery = 50 * time.Millisecond
const pollFor = 20 * time.Second

type lifecycle struct {
	ctx         context.Context
	api         *kms.KmsManagementAPIService
	compartment string
	steps       int
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: lifecycle <base URL> <compartment OCID>")
		os.Exit(2)
	}
	cfg := kms.NewConfiguration()
	cfg.Servers = kms.ServerConfigurations{{URL: os.Args[1]}}
	run := &lifecycle{ctx: context.Background(), api: kms.NewAPIClient(cfg).KmsManagementAPI, compartment: os.Args[2]}
	if err := run.all(); err != nil {
		fmt.Fprintf(os.Stderr, "go lifecycle: FAILED after %d steps: %v\n", run.steps, err)
		os.Exit(1)
	}
	fmt.Printf("go lifecycle: %d steps passed\n", run.steps)
}

// step records one passed step and prints it.
func (l *lifecycle) step(format string, args ...interface{}) {
	l.steps++
	fmt.Printf("  ok %2d  %s\n", l.steps, fmt.Sprintf(format, args...))
}

func (l *lifecycle) all() error {
	wrapping, _, err := l.api.GetWrappingKey(l.ctx).Execute()
	if err != nil {
		return fmt.Errorf("GetWrappingKey: %w", describe(err))
	}
	l.step("GetWrappingKey: %s", wrapping.LifecycleState)

	shape := kms.NewKeyShape(kms.KEY_ALGORITHM_AES, 32)
	details := kms.NewCreateKeyDetails(l.compartment, "go-lifecycle", *shape)
	details.SetFreeformTags(map[string]string{"team": "go"})
	created, _, err := l.api.CreateKey(l.ctx).CreateKeyDetails(*details).Execute()
	if err != nil {
		return fmt.Errorf("CreateKey: %w", describe(err))
	}
	id := created.Id
	l.step("CreateKey: %s (%s)", id, created.LifecycleState)
	key, err := l.waitKey(id, kms.KEY_LIFECYCLE_STATE_ENABLED)
	if err != nil {
		return err
	}
	l.step("GetKey until ENABLED: version %s", key.CurrentKeyVersion)

	summaries, _, err := l.api.ListKeys(l.ctx).CompartmentId(l.compartment).SortBy(kms.LIST_SORT_BY_DISPLAYNAME).Execute()
	if err != nil {
		return fmt.Errorf("ListKeys: %w", describe(err))
	}
	if !containsKey(summaries, id) {
		return fmt.Errorf("ListKeys: %s not listed", id)
	}
	l.step("ListKeys: %d keys, ours among them", len(summaries))

	update := kms.NewUpdateKeyDetails()
	update.SetDisplayName("go-lifecycle-renamed")
	updated, _, err := l.api.UpdateKey(l.ctx, id).IfMatch(etagOf(l.api.GetKey(l.ctx, id).Execute())).UpdateKeyDetails(*update).Execute()
	if err != nil {
		return fmt.Errorf("UpdateKey: %w", describe(err))
	}
	l.step("UpdateKey with if-match: %s (%s)", updated.DisplayName, updated.LifecycleState)
	if _, err = l.waitKey(id, kms.KEY_LIFECYCLE_STATE_ENABLED); err != nil {
		return err
	}
	l.step("GetKey until ENABLED after the update")

	version, _, err := l.api.CreateKeyVersion(l.ctx, id).Execute()
	if err != nil {
		return fmt.Errorf("CreateKeyVersion: %w", describe(err))
	}
	l.step("CreateKeyVersion (rotate): %s (%s)", version.Id, version.GetLifecycleState())
	if err = l.waitVersion(id, version.Id, kms.KEY_VERSION_LIFECYCLE_STATE_ENABLED); err != nil {
		return err
	}
	l.step("GetKeyVersion until ENABLED")
	versions, _, err := l.api.ListKeyVersions(l.ctx, id).SortOrder(kms.LIST_SORT_ORDER_ASC).Execute()
	if err != nil {
		return fmt.Errorf("ListKeyVersions: %w", describe(err))
	}
	if len(versions) != 2 || versions[0].Origin != kms.KEY_VERSION_ORIGIN_INTERNAL {
		return fmt.Errorf("ListKeyVersions: want 2 INTERNAL versions, got %+v", versions)
	}
	l.step("ListKeyVersions: %d versions", len(versions))

	if _, _, err = l.api.DisableKey(l.ctx, id).Execute(); err != nil {
		return fmt.Errorf("DisableKey: %w", describe(err))
	}
	if _, err = l.waitKey(id, kms.KEY_LIFECYCLE_STATE_DISABLED); err != nil {
		return err
	}
	l.step("DisableKey, then DISABLED")
	if _, _, err = l.api.EnableKey(l.ctx, id).Execute(); err != nil {
		return fmt.Errorf("EnableKey: %w", describe(err))
	}
	if _, err = l.waitKey(id, kms.KEY_LIFECYCLE_STATE_ENABLED); err != nil {
		return err
	}
	l.step("EnableKey, then ENABLED")

	when := time.Now().UTC().Add(10 * 24 * time.Hour)
	schedule := kms.NewScheduleKeyDeletionDetails()
	schedule.SetTimeOfDeletion(when)
	if _, _, err = l.api.ScheduleKeyDeletion(l.ctx, id).ScheduleKeyDeletionDetails(*schedule).Execute(); err != nil {
		return fmt.Errorf("ScheduleKeyDeletion: %w", describe(err))
	}
	pending, err := l.waitKey(id, kms.KEY_LIFECYCLE_STATE_PENDING_DELETION)
	if err != nil {
		return err
	}
	l.step("ScheduleKeyDeletion, then PENDING_DELETION until %s", pending.GetTimeOfDeletion().Format(time.RFC3339))
	if _, _, err = l.api.CancelKeyDeletion(l.ctx, id).Execute(); err != nil {
		return fmt.Errorf("CancelKeyDeletion: %w", describe(err))
	}
	restored, err := l.waitKey(id, kms.KEY_LIFECYCLE_STATE_ENABLED)
	if err != nil {
		return err
	}
	if restored.TimeOfDeletion.IsSet() && restored.TimeOfDeletion.Get() != nil {
		return fmt.Errorf("CancelKeyDeletion: timeOfDeletion still set")
	}
	l.step("CancelKeyDeletion, then ENABLED again")

	_, _, err = l.api.GetKey(l.ctx, "ocid1.key.oc1..unknown").Execute()
	var apiErr *kms.GenericOpenAPIError
	if !errors.As(err, &apiErr) {
		return fmt.Errorf("GetKey(unknown): want an API error, got %v", err)
	}
	body, ok := apiErr.Model().(kms.KmsError)
	if !ok || body.Code != kms.ERROR_CODE_NOT_AUTHORIZED_OR_NOT_FOUND {
		return fmt.Errorf("GetKey(unknown): want a decoded KmsError NotAuthorizedOrNotFound, got %#v", apiErr.Model())
	}
	l.step("GetKey(unknown id): 404 %s decoded", body.Code)
	return l.rest(id, key.CurrentKeyVersion, wrapping.PublicKey)
}

// rest covers the operations the lifecycle above does not: moving the key, deleting an old version and
// importing a key (AES-256 material wrapped with RSA-OAEP SHA-256 under the vault's wrapping key).
func (l *lifecycle) rest(id, oldVersion, wrappingPEM string) error {
	move := kms.NewChangeKeyCompartmentDetails(l.compartment + "-moved")
	response, err := l.api.ChangeKeyCompartment(l.ctx, id).ChangeKeyCompartmentDetails(*move).Execute()
	if err != nil {
		return fmt.Errorf("ChangeKeyCompartment: %w", describe(err))
	}
	moved, _, err := l.api.GetKey(l.ctx, id).Execute()
	if err != nil || moved.CompartmentId != move.CompartmentId || response.Header.Get("etag") == "" {
		return fmt.Errorf("ChangeKeyCompartment: key not moved or no etag (%v)", describe(err))
	}
	l.step("ChangeKeyCompartment: now in %s", moved.CompartmentId)

	when := time.Now().UTC().Add(8 * 24 * time.Hour)
	schedule := kms.NewScheduleKeyVersionDeletionDetails()
	schedule.SetTimeOfDeletion(when)
	if _, _, err = l.api.ScheduleKeyVersionDeletion(l.ctx, id, oldVersion).ScheduleKeyVersionDeletionDetails(*schedule).Execute(); err != nil {
		return fmt.Errorf("ScheduleKeyVersionDeletion: %w", describe(err))
	}
	if err = l.waitVersion(id, oldVersion, kms.KEY_VERSION_LIFECYCLE_STATE_PENDING_DELETION); err != nil {
		return err
	}
	l.step("ScheduleKeyVersionDeletion of the old version, then PENDING_DELETION")
	if _, _, err = l.api.CancelKeyVersionDeletion(l.ctx, id, oldVersion).Execute(); err != nil {
		return fmt.Errorf("CancelKeyVersionDeletion: %w", describe(err))
	}
	if err = l.waitVersion(id, oldVersion, kms.KEY_VERSION_LIFECYCLE_STATE_ENABLED); err != nil {
		return err
	}
	l.step("CancelKeyVersionDeletion, then ENABLED")

	block, _ := pem.Decode([]byte(wrappingPEM))
	if block == nil {
		return fmt.Errorf("GetWrappingKey: publicKey is not PEM")
	}
	parsed, err := x509.ParsePKIXPublicKey(block.Bytes)
	public, isRSA := parsed.(*rsa.PublicKey)
	if err != nil || !isRSA {
		return fmt.Errorf("GetWrappingKey: publicKey is not an RSA public key (%v)", err)
	}
	material := make([]byte, 32)
	if _, err = rand.Read(material); err != nil {
		return err
	}
	wrapped, err := rsa.EncryptOAEP(sha256.New(), rand.Reader, public, material, nil)
	if err != nil {
		return err
	}
	importKey := kms.NewWrappedImportKey(base64.StdEncoding.EncodeToString(wrapped), kms.WRAPPING_ALGORITHM_RSA_OAEP_SHA256)
	shape := kms.NewImportKeyShape(kms.IMPORT_KEY_ALGORITHM_AES, 32)
	details := kms.NewImportKeyDetails(l.compartment, "go-imported", *shape, *importKey)
	imported, _, err := l.api.ImportKey(l.ctx).ImportKeyDetails(*details).Execute()
	if err != nil {
		return fmt.Errorf("ImportKey: %w", describe(err))
	}
	if _, err = l.waitKey(imported.Id, kms.KEY_LIFECYCLE_STATE_ENABLED); err != nil {
		return err
	}
	versions, _, err := l.api.ListKeyVersions(l.ctx, imported.Id).Execute()
	if err != nil || len(versions) != 1 || versions[0].Origin != kms.KEY_VERSION_ORIGIN_EXTERNAL {
		return fmt.Errorf("ImportKey: want one EXTERNAL version, got %+v (%v)", versions, describe(err))
	}
	l.step("ImportKey (AES-256, RSA_OAEP_SHA256), then ENABLED with an EXTERNAL version")

	again := kms.NewWrappedImportKey(base64.StdEncoding.EncodeToString(wrapped), kms.WRAPPING_ALGORITHM_RSA_OAEP_SHA256)
	version, _, err := l.api.ImportKeyVersion(l.ctx, imported.Id).ImportKeyVersionDetails(*kms.NewImportKeyVersionDetails(*again)).Execute()
	if err != nil {
		return fmt.Errorf("ImportKeyVersion: %w", describe(err))
	}
	if err = l.waitVersion(imported.Id, version.Id, kms.KEY_VERSION_LIFECYCLE_STATE_ENABLED); err != nil {
		return err
	}
	l.step("ImportKeyVersion, then ENABLED: all 17 operations called")
	return nil
}

// waitKey polls GetKey until the key is in state (transitional states such as UPDATING answer 409 to writes).
func (l *lifecycle) waitKey(id string, state kms.KeyLifecycleState) (*kms.Key, error) {
	deadline := time.Now().Add(pollFor)
	for {
		key, _, err := l.api.GetKey(l.ctx, id).Execute()
		if err != nil {
			return nil, fmt.Errorf("GetKey: %w", describe(err))
		}
		if key.LifecycleState == state {
			return key, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("GetKey: still %s, want %s", key.LifecycleState, state)
		}
		time.Sleep(pollEvery)
	}
}

// waitVersion polls GetKeyVersion until the version is in state.
func (l *lifecycle) waitVersion(keyID, versionID string, state kms.KeyVersionLifecycleState) error {
	deadline := time.Now().Add(pollFor)
	for {
		version, _, err := l.api.GetKeyVersion(l.ctx, keyID, versionID).Execute()
		if err != nil {
			return fmt.Errorf("GetKeyVersion: %w", describe(err))
		}
		if version.GetLifecycleState() == state {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("GetKeyVersion: still %s, want %s", version.GetLifecycleState(), state)
		}
		time.Sleep(pollEvery)
	}
}

func containsKey(summaries []kms.KeySummary, id string) bool {
	for _, summary := range summaries {
		if summary.Id == id {
			return true
		}
	}
	return false
}

// etagOf is the etag header of a GetKey answer ("" when the call failed; the update then fails loudly).
func etagOf(_ *kms.Key, response *http.Response, err error) string {
	if err != nil || response == nil {
		return ""
	}
	return response.Header.Get("etag")
}

// describe adds the decoded error body to an API error.
func describe(err error) error {
	var apiErr *kms.GenericOpenAPIError
	if errors.As(err, &apiErr) {
		return fmt.Errorf("%v: %s", err, apiErr.Body())
	}
	return err
}
