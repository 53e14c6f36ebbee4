#!/usr/bin/env bash
# Runs once per `docker compose up` in the stock Elasticsearch image, as root (compose.yaml, service "setup"):
#   1. the cluster's CA and node certificates (first run only; the es-certs volume keeps them),
#   2. the CA certificate, readable for everyone, in the es-ca volume the backends mount (without the CA key),
#   3. once es01 answers: the portal's role and user (restricted to its index prefix), the fs snapshot repository
#      and the nightly snapshot policy.
# Every step either finds its work done or does it again with the same result, so running it again is safe;
# it also resets the portal user's password to PORTAL_ES_PASSWORD, which is how that password is rotated.
set -euo pipefail

cd /usr/share/elasticsearch
certs=config/certs
ca_out=/ca
snapshots=/usr/share/elasticsearch/snapshots

: "${ELASTIC_PASSWORD:?Set ELASTIC_PASSWORD in .env}"
: "${PORTAL_ES_PASSWORD:?Set PORTAL_ES_PASSWORD in .env}"
user=${PORTAL_ES_USERNAME:-kennisportaal}
prefix=${PORTAL_ELASTICSEARCH_PREFIX:-kp-}
schedule=${ES_SNAPSHOT_SCHEDULE:-0 30 1 * * ?}
expire_after=${ES_SNAPSHOT_EXPIRE_AFTER:-30d}

if [ ! -f "$certs/ca.zip" ]; then
  echo "Creating the CA"
  bin/elasticsearch-certutil ca --silent --pem -out "$certs/ca.zip"
  unzip -q -o "$certs/ca.zip" -d "$certs"
fi
if [ ! -f "$certs/certs.zip" ]; then
  echo "Creating node certificates"
  # The backends connect to https://es01:9200 etc. with host name verification on, so each node's name is in its
  # certificate; localhost lets health checks and operators use curl inside the containers.
  {
    echo "instances:"
    for node in es01 es02 es03; do
      printf '  - name: %s\n    dns:\n      - %s\n      - localhost\n    ip:\n      - 127.0.0.1\n' "$node" "$node"
    done
  } > "$certs/instances.yml"
  bin/elasticsearch-certutil cert --silent --pem -out "$certs/certs.zip" --in "$certs/instances.yml" \
    --ca-cert "$certs/ca/ca.crt" --ca-key "$certs/ca/ca.key"
  unzip -q -o "$certs/certs.zip" -d "$certs"
fi
# The nodes run as uid 1000, group 0: group-readable is enough, nobody else reads keys.
chown -R root:root "$certs"
find "$certs" -type d -exec chmod 750 {} \;
find "$certs" -type f -exec chmod 640 {} \;

# The backends run as an unprivileged user and need only the CA certificate (it is public).
install -m 0644 "$certs/ca/ca.crt" "$ca_out/ca.crt"

# A fresh named volume belongs to root; Elasticsearch writes snapshots as uid 1000.
chown 1000:0 "$snapshots"
chmod 770 "$snapshots"

json_string() { # JSON-quotes $1 (backslashes and double quotes; passwords are not expected to hold control characters)
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

es() { # es METHOD PATH [BODY]: one request as the elastic superuser; fails on an HTTP error
  curl -sS --fail-with-body --cacert "$certs/ca/ca.crt" -u "elastic:${ELASTIC_PASSWORD}" \
    -X "$1" "https://es01:9200$2" ${3:+-H "Content-Type: application/json" -d "$3"}
  echo
}

retry() { # retry COMMAND...: up to 10 minutes, for a cluster that is still forming
  local deadline=$((SECONDS + 600))
  until "$@"; do
    if [ $SECONDS -ge $deadline ]; then
      echo "Gave up: $*" >&2
      return 1
    fi
    sleep 5
  done
}

echo "Waiting for Elasticsearch"
retry bash -c "curl -s --cacert $certs/ca/ca.crt https://es01:9200 | grep -q 'missing authentication credentials'"
retry es GET "/_cluster/health?wait_for_status=yellow&timeout=30s" > /dev/null

echo "Role and user '$user' for indices and aliases '$prefix*'"
# monitor: the backend's health indicator reads cluster health. On its own indices it creates, reads and writes,
# manages aliases and settings (the roll-forward's write block), refreshes and opens point-in-time searches.
retry es PUT "/_security/role/$user" "{
  \"cluster\": [\"monitor\"],
  \"indices\": [{
    \"names\": [$(json_string "$prefix*")],
    \"privileges\": [\"create_index\", \"manage\", \"read\", \"write\", \"view_index_metadata\"]
  }]
}"
retry es PUT "/_security/user/$user" "{
  \"password\": $(json_string "$PORTAL_ES_PASSWORD"),
  \"roles\": [$(json_string "$user")],
  \"full_name\": \"Kennisportaal backend\"
}"

echo "Snapshot repository and nightly policy"
retry es PUT "/_snapshot/kennisportaal-backups" '{
  "type": "fs",
  "settings": { "location": "kennisportaal" }
}'
retry es PUT "/_slm/policy/kennisportaal-nightly" "{
  \"schedule\": $(json_string "$schedule"),
  \"name\": \"<kennisportaal-{now/d}>\",
  \"repository\": \"kennisportaal-backups\",
  \"config\": {
    \"indices\": [$(json_string "$prefix*")],
    \"include_global_state\": false
  },
  \"retention\": { \"expire_after\": $(json_string "$expire_after"), \"min_count\": 7, \"max_count\": 100 }
}"

echo "Setup done"
