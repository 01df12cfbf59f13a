#!/usr/bin/env bash
# A real one-node Slurm cluster for the tests (facts in shared/SLURM.md), all state in one folder:
#   cluster.sh install        apt-get install slurm-wlm and munge when missing (needs root)
#   cluster.sh start DIR      start munged, slurmctld and slurmd as daemons; wait for the node to be idle
#   cluster.sh stop DIR       stop them by the pids in DIR, waiting until each is gone
# Clients then need SLURM_CONF=DIR/slurm.conf. Exit 3 from install: Slurm cannot be had here.
set -euo pipefail

cmd=${1:-}
dir=${2:-}

have_slurm() { command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null && command -v sbatch >/dev/null; }

install() {
  have_slurm && return 0
  if [ "$(id -u)" != 0 ]; then echo "not root, cannot apt-get install slurm-wlm munge" >&2; exit 3; fi
  command -v apt-get >/dev/null || { echo "no apt-get on this machine" >&2; exit 3; }
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1 || { echo "apt-get update failed (no package repository?)" >&2; exit 3; }
    apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null 2>&1 || { echo "apt-get install slurm-wlm munge failed" >&2; exit 3; }
  fi
  have_slurm || { echo "slurm-wlm installed but its daemons are not on PATH" >&2; exit 3; }
}

# A process that is gone, or a zombie the slow init has not reaped yet (SLURM.md, fact 7).
gone() {
  local pid=$1
  [ -r "/proc/$pid/stat" ] || return 0
  local state
  state=$(sed 's/^.*) //' "/proc/$pid/stat" | cut -d' ' -f1)
  [ "$state" = Z ]
}

wait_gone() {
  local pid=$1
  for _ in $(seq 1 100); do gone "$pid" && return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do gone "$pid" && return 0; sleep 0.1; done
  echo "pid $pid did not stop" >&2
  return 1
}

start() {
  [ -n "$dir" ] || { echo "usage: cluster.sh start DIR" >&2; exit 2; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local host
  host=$(hostname -s)
  mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
  # munged: its socket folder must be 755 (700 fails with "Socket is inaccessible"), its key 600.
  chmod 755 "$dir" "$dir/munge"
  dd if=/dev/urandom of="$dir/munge.key" bs=1024 count=1 status=none
  chmod 600 "$dir/munge.key"
  munged --force --key-file="$dir/munge.key" --socket="$dir/munge/munge.socket.2" \
    --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" --seed-file="$dir/munged.seed"
  # The node's own hardware line, pinned to loopback, with the names equal to `hostname -s`.
  local node
  node=$(slurmd -C | head -n 1)
  cat >"$dir/slurm.conf" <<EOF
ClusterName=murmur-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket.2
SlurmctldPort=6817
SlurmdPort=6818
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MailProg=/bin/true
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  export SLURM_CONF="$dir/slurm.conf"
  slurmctld -f "$dir/slurm.conf" -c
  slurmd -f "$dir/slurm.conf"
  for _ in $(seq 1 150); do
    if [ "$(sinfo -h -o %T 2>/dev/null | head -n 1)" = idle ]; then echo "$dir/slurm.conf"; return 0; fi
    sleep 0.2
  done
  echo "the node never became idle; sinfo says: $(sinfo -h 2>&1 | head -n 3)" >&2
  tail -n 5 "$dir/slurmctld.log" "$dir/slurmd.log" >&2 || true
  exit 1
}

stop() {
  [ -n "$dir" ] || { echo "usage: cluster.sh stop DIR" >&2; exit 2; }
  local status=0
  for name in slurmd slurmctld munged; do
    local f="$dir/$name.pid"
    [ -s "$f" ] || continue
    local pid
    pid=$(cat "$f")
    if ! gone "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      wait_gone "$pid" || status=1
    fi
    rm -f "$f"
  done
  return $status
}

case "$cmd" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: cluster.sh install | start DIR | stop DIR" >&2; exit 2 ;;
esac
