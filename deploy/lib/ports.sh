# Shared by deploy/lib/stack.sh (deploy/up) and deploy/bench/run: whether a TCP port can be used.

# Something accepts connections on the port (also how deploy/up waits for Kafka and MongoDB to listen).
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The port cannot be bound: something listens on it, or any socket holds it as its local port — also the
# ephemeral end of an outgoing connection, which port_open cannot see and which makes a server's bind fail
# with "Port … was already in use". Sockets in TIME_WAIT do not count (servers bind over them).
port_taken() {
  port_open "$1" && return 0
  local hex
  hex="$(printf '%04X' "$1")"
  awk -v port="$hex" 'FNR > 1 { split($2, local, ":"); if (local[2] == port && $4 != "06") found = 1 }
    END { exit !found }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# The kernel hands out ports from this range for outgoing connections (the stack's own Kafka, MongoDB and HTTP
# clients among them), so a port picked there can be taken between the check and the bind.
ephemeral_low() {
  awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768
}
ephemeral_high() {
  awk '{ print $2 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 60999
}
