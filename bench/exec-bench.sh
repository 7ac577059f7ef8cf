#!/usr/bin/env bash
# Benchmark of `ironbook exec` fan-out against real OpenSSH, next to the floor an expert scripts by
# hand (`xargs -P 50 ssh`) and, when installed, Ansible ad-hoc (`ansible -f 50`).
#
# Throwaway sshd processes (Debian's openssh-server, 16 ports each) listen on N loopback ports with
# their own host key and authorized key; every client uses strict host-key checking against the same known_hosts.
# Prints per-round wall times, the medians, the ratio to the xargs floor and ironbook's peak RSS.
#
# Usage: [ANSIBLE_ROUNDS=N] [IRONBOOK_JAVA_OPTS=...] bench/exec-bench.sh [ENDPOINTS=200] [PARALLEL=50] [ROUNDS=5]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
endpoints=${1:-200}
parallel=${2:-50}
rounds=${3:-5}
ansible_rounds=${ANSIBLE_ROUNDS:-$rounds}   # Ansible is slow: ANSIBLE_ROUNDS=1 runs it in the first round only
cmd='cat /proc/mounts /proc/swaps; sysctl net.ipv4.ip_forward'
sshd_bin=/usr/sbin/sshd

[ -x "$sshd_bin" ] || { echo "bench: $sshd_bin not found (apt-get install openssh-server)" >&2; exit 2; }
command -v ssh >/dev/null || { echo "bench: ssh client not found" >&2; exit 2; }
jar="$root/target/ironbook.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -o -DskipTests package)
fi

work=$(mktemp -d /tmp/ironbook-bench.XXXXXX)
sshd_pids=()
cleanup() {
  for pid in "${sshd_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${sshd_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${bench_user:-}" ]; then userdel "$bench_user" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The login user's shell start-up is part of every remote command; a heavy ~/.bashrc (pyenv, conda)
# would make this a benchmark of that. As root, log in as a throwaway user with an empty home
# (removed afterwards); otherwise as yourself.
user=$(id -un)
bench_user=
if [ "$(id -u)" = 0 ] && command -v useradd >/dev/null; then
  bench_user="ibbench$$"
  mkdir -p "$work/home"
  useradd -p "*" --no-create-home --home-dir "$work/home" --shell /bin/bash "$bench_user"
  # sysctl lives in /usr/sbin, outside a normal user's PATH over ssh
  echo 'PATH=$PATH:/usr/sbin:/sbin' > "$work/home/.bashrc"
  chown -R "$bench_user" "$work/home"
  chmod 755 "$work"
  user=$bench_user
fi
ssh-keygen -q -t ed25519 -N '' -C bench-host -f "$work/host_key"
ssh-keygen -q -t ed25519 -N '' -C bench-client -f "$work/id_ed25519"
cp "$work/id_ed25519.pub" "$work/authorized_keys"
chmod 644 "$work/authorized_keys"
hostkey=$(cut -d' ' -f1,2 "$work/host_key.pub")

# Free ports: ask the kernel for each, then hand them to sshd.
ports=$(python3 - "$endpoints" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
)

# OpenSSH listens on at most 16 sockets per process (MAX_LISTEN_SOCKS): one sshd per 16 ports,
# all with the same host key.
sshd_pids=()
write_sshd_config() { # $1 = config file, rest = ports
  local file=$1; shift
  {
    for p in "$@"; do echo "ListenAddress 127.0.0.1:$p"; done
    cat <<CFG
HostKey $work/host_key
PidFile none
AuthorizedKeysFile $work/authorized_keys
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
MaxStartups 1000:30:2000
LogLevel ERROR
CFG
  } > "$file"
}
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd
set -- $ports
n=0
while [ $# -gt 0 ]; do
  chunk=("${@:1:16}"); shift $(( $# < 16 ? $# : 16 ))
  n=$((n + 1))
  write_sshd_config "$work/sshd_config.$n" "${chunk[@]}"
  "$sshd_bin" -D -e -f "$work/sshd_config.$n" 2>>"$work/sshd.log" &
  sshd_pids+=($!)
done
sleep 0.5
for pid in "${sshd_pids[@]}"; do
  kill -0 "$pid" 2>/dev/null || { echo "bench: sshd did not start:"; cat "$work/sshd.log"; exit 2; } >&2
done

: > "$work/known_hosts"; : > "$work/ssh_config"; echo "[nodes]" > "$work/inventory.ini"
i=0
for p in $ports; do
  i=$((i + 1)); name=$(printf 'n%03d' "$i")
  echo "[127.0.0.1]:$p $hostkey" >> "$work/known_hosts"
  printf 'Host %s\n  HostName 127.0.0.1\n  Port %s\n' "$name" "$p" >> "$work/ssh_config"
  echo "$name ansible_host=127.0.0.1 ansible_port=$p" >> "$work/inventory.ini"
  echo "$name" >> "$work/hosts.txt"
done
cat >> "$work/ssh_config" <<CFG
Host *
  User $user
  IdentityFile $work/id_ed25519
  IdentitiesOnly yes
  BatchMode yes
  StrictHostKeyChecking yes
  UserKnownHostsFile $work/known_hosts
  GlobalKnownHostsFile /dev/null
  LogLevel ERROR
CFG
printf '\n[nodes:vars]\nansible_user=%s\nansible_ssh_private_key_file=%s\nansible_ssh_common_args=-o UserKnownHostsFile=%s -o StrictHostKeyChecking=yes\n' \
  "$user" "$work/id_ed25519" "$work/known_hosts" >> "$work/inventory.ini"

# Wait until the last port answers.
last=${ports##* }
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$last") 2>/dev/null; then break; fi
  sleep 0.05
done

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# Runs a command in the background and reports its wall time and peak RSS (VmHWM) in KiB.
measure() {
  local out=$1; shift
  local start end peak=0 hwm
  start=$(now)
  "$@" >"$out" 2>"$out.err" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
    sleep 0.02
  done
  local rc=0
  wait "$pid" || rc=$?
  end=$(now)
  echo "$(ms "$start" "$end") $peak $rc"
}

run_ironbook() {
  exec "$root/bin/ironbook" --inventory "$work/inventory.ini" --known-hosts "$work/known_hosts" \
    exec --all --parallel "$parallel" -- "$cmd"
}
run_xargs() {
  xargs -P "$parallel" -I{} ssh -F "$work/ssh_config" {} "$cmd" < "$work/hosts.txt"
}
# OpenSSH 9 negotiates the post-quantum sntrup761x25519 key exchange by default, which sshj does not
# offer and which costs ~70 ms of CPU per connection on each side; the like-for-like floor uses the
# key exchange ironbook negotiates (curve25519-sha256).
run_xargs_c25519() {
  xargs -P "$parallel" -I{} ssh -o KexAlgorithms=curve25519-sha256 -F "$work/ssh_config" {} "$cmd" < "$work/hosts.txt"
}
run_ansible() {
  ANSIBLE_HOST_KEY_CHECKING=True ANSIBLE_STDOUT_CALLBACK=minimal ANSIBLE_PYTHON_INTERPRETER=auto_silent \
    ANSIBLE_LOCAL_TEMP="$work/ansible-local" ansible all -i "$work/inventory.ini" -f "$parallel" -m shell -a "$cmd"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

have_ansible=no
command -v ansible >/dev/null 2>&1 && have_ansible=yes
echo "exec benchmark: $endpoints OpenSSH endpoints on loopback, --parallel $parallel, $rounds rounds, $(nproc) cores, login user $user"
echo "command: $cmd"
echo "ironbook JVM options: ${IRONBOOK_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 (bin/ironbook default)}"
: > "$work/t_ironbook"; : > "$work/t_xargs"; : > "$work/t_xargs_c"; : > "$work/t_ansible"; : > "$work/m_ironbook"
for r in $(seq 1 "$rounds"); do
  read -r t m rc < <(measure "$work/out_ironbook" run_ironbook)
  lines=$(grep -c ' | ' "$work/out_ironbook" || true)
  ok=$(grep -c ' exit 0 ' "$work/out_ironbook" || true)
  echo "$t" >> "$work/t_ironbook"; echo "$m" >> "$work/m_ironbook"
  printf 'round %d  ironbook exec                 %6d ms  rc=%d  nodes ok=%d  output lines=%d  peak RSS %d MiB\n' "$r" "$t" "$rc" "$ok" "$lines" $((m / 1024))
  [ "$rc" = 0 ] || { echo "ironbook failed:"; tail -5 "$work/out_ironbook.err"; tail -5 "$work/out_ironbook"; }

  read -r t m rc < <(measure "$work/out_xargs" run_xargs)
  echo "$t" >> "$work/t_xargs"
  printf 'round %d  xargs (OpenSSH default kex)  %6d ms  rc=%d  output lines=%d\n' "$r" "$t" "$rc" "$(wc -l < "$work/out_xargs")"

  read -r t m rc < <(measure "$work/out_xargs_c" run_xargs_c25519)
  echo "$t" >> "$work/t_xargs_c"
  printf 'round %d  xargs (curve25519-sha256)    %6d ms  rc=%d  output lines=%d\n' "$r" "$t" "$rc" "$(wc -l < "$work/out_xargs_c")"

  if [ "$have_ansible" = yes ] && [ "$r" -le "$ansible_rounds" ]; then
    read -r t m rc < <(measure "$work/out_ansible" run_ansible)
    echo "$t" >> "$work/t_ansible"
    printf 'round %d  ansible -m shell             %6d ms  rc=%d\n' "$r" "$t" "$rc"
  fi
done

ib=$(median < "$work/t_ironbook"); xa=$(median < "$work/t_xargs"); xc=$(median < "$work/t_xargs_c")
mem=$(median < "$work/m_ironbook")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "median wall time  ironbook exec: $ib ms"
echo "median wall time  xargs -P $parallel ssh, curve25519-sha256 (like for like): $xc ms   ironbook/xargs = $(ratio "$ib" "$xc")x (target <= 1.20x)"
echo "median wall time  xargs -P $parallel ssh, OpenSSH default kex (sntrup761):   $xa ms   ironbook/xargs = $(ratio "$ib" "$xa")x"
if [ "$have_ansible" = yes ] && [ -s "$work/t_ansible" ]; then
  an=$(median < "$work/t_ansible")
  echo "median wall time  ansible -f $parallel: $an ms   ironbook is $(awk -v a="$an" -v b="$ib" 'BEGIN {printf "%.1f", a / b}')x faster"
else
  echo "ansible: not installed (or ANSIBLE_ROUNDS=0), not measured"
fi
echo "ironbook peak RSS (median of rounds): $((mem / 1024)) MiB"
