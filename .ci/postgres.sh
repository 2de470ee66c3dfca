#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 in a temporary folder on a loopback port; prints the connection URL.
# Usage: source .ci/postgres.sh  (defines CHANCERY_TEST_PG and stop_postgres)
set -euo pipefail
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${PG_PORT:-55432}
if [ ! -x "$PG_BIN/initdb" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-contrib >/dev/null
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
PG_DIR=$(mktemp -d /tmp/chancery-pg.XXXXXX)
chown postgres "$PG_DIR"
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
run_pg "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres --no-sync -E UTF8 >$PG_DIR/initdb.log"
run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -w -l $PG_DIR/server.log -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start >/dev/null"
export CHANCERY_TEST_PG="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
stop_postgres() { run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop >/dev/null" || true; rm -rf "$PG_DIR"; }
