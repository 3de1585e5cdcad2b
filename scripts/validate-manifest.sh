#!/usr/bin/env bash
# Validate manifest.xml offline against the Office add-in XSDs (2019-2020 vintage, VersionOverrides V1_0).
# The schemas live in shared/ beside the clone: ../shared/schemas/office-manifest relative to the repo root.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schema_dir="${OFFICE_MANIFEST_SCHEMAS:-$repo_root/../shared/schemas/office-manifest}"
schema="$schema_dir/OfficeAppManifestV1_1.xsd"
manifest="${1:-$repo_root/manifest.xml}"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found; install it with: apt-get install -y libxml2-utils" >&2
  exit 2
fi
if [ ! -f "$schema" ]; then
  echo "validate-manifest: schema not found at $schema" >&2
  echo "  (expected shared/schemas/office-manifest beside the clone, or set OFFICE_MANIFEST_SCHEMAS)" >&2
  exit 2
fi
if [ ! -f "$manifest" ]; then
  echo "validate-manifest: manifest not found at $manifest" >&2
  exit 2
fi

xmllint --nonet --noout --schema "$schema" "$manifest"
