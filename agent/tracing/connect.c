// Connection tracing for Embargo: who connects where, the result, and the bytes moved.
//
// syscalls:sys_enter_connect / sys_exit_connect see every connect() (TCP and UDP, IPv4,
// IPv6, IPv4-mapped IPv6) with the caller's pid, tgid, uid, comm and cgroup id.
// sock:inet_sock_set_state follows TCP sockets: SYN_SENT (in the caller's context, tying
// the socket to its connect()), ESTABLISHED (the local address and port, which the proxy
// sees as the client's) and CLOSE (payload bytes sent and received, read at offsets that the
// loader takes from the running kernel's BTF: no borrowed header layout is trusted).
//
// Only connections the agent asks for leave the kernel: those of watched cgroups, and
// those to watched destinations (catalog addresses, the proxy's listen address). Every
// other connect() costs one sockaddr copy and up to four hash lookups.
//
// The loader defines: RINGBUF_PAGES, MAX_FLOWS, and from BTF TCP_BYTES_SENT_OFF,
// TCP_BYTES_RECEIVED_OFF, SK_SHUTDOWN_OFF, SK_FLAGS_OFF (-1 when BTF is unavailable:
// bytes are then not reported).
// tcp_sock.bytes_sent is payload (retransmissions count again). bytes_received counts
// the peer's FIN as one byte when a full socket receives it; that byte is taken off at
// close. The FIN was received by the full socket when it passed CLOSE_WAIT or CLOSING,
// or when it leaves FIN_WAIT2 with RCV_SHUTDOWN set while still owned by the
// application (an orphan in FIN_WAIT2 hands the FIN to its time-wait socket instead).

#include <linux/in.h>
#include <linux/in6.h>
#include <linux/socket.h>

#define EV_CONNECT 1
#define EV_ESTABLISHED 2
#define EV_CLOSE 3

#define PROTO_UNKNOWN 0
#define PROTO_TCP 6

#define TCP_ESTABLISHED_STATE 1
#define TCP_SYN_SENT_STATE 2
#define TCP_FIN_WAIT2_STATE 5
#define TCP_CLOSE_STATE 7
#define RCV_SHUTDOWN_MASK 1
#define SOCK_DEAD_MASK 1  // 1 << SOCK_DEAD (enum sock_flags: 0)
#define TCP_CLOSE_WAIT_STATE 8
#define TCP_CLOSING_STATE 11

#define COUNTER_RINGBUF_FULL 0
#define COUNTER_FLOWS_FULL 1
#define COUNTER_SELECTED 2
#define COUNTERS 3

#define SETTING_TRACE_ALL 0
#define SETTING_IGNORE_TGID 1
#define SETTINGS 2

// An address as 16 bytes: IPv4 is stored IPv4-mapped (::ffff:a.b.c.d), so an IPv4
// connect and an IPv4-mapped IPv6 connect to the same host match the same entries.
struct endpoint_key {
    u8 addr[16];
    u16 port;  // host byte order; 0 = any port
    u16 pad;
};

struct event {
    u64 sk;         // kernel socket address: a key joining events of one TCP connection
    u64 bytes_sent;
    u64 bytes_received;
    u64 cgroup_id;
    u64 ts_ns;
    u32 type;
    u32 pid;        // thread id
    u32 tgid;       // process id
    u32 uid;
    s32 ret;        // connect() result (0, -EINPROGRESS, -ECONNREFUSED...)
    u16 family;     // AF_INET / AF_INET6 as passed to connect()
    u16 protocol;   // 6 when TCP's state machine saw the socket, else 0 (UDP)
    u16 dport;
    u16 sport;
    u16 oldstate;
    u16 peer_fin;   // the peer's FIN arrived in ESTABLISHED or FIN_WAIT1 (counted by bytes_received)
    u8 daddr[16];   // IPv4-mapped for IPv4
    u8 saddr[16];
    char comm[16];
};

// A connect() between sys_enter and sys_exit, by thread.
struct pending {
    struct event ev;
};

BPF_RINGBUF_OUTPUT(events, RINGBUF_PAGES);
BPF_PERCPU_ARRAY(counters, u64, COUNTERS);
BPF_ARRAY(settings, u64, SETTINGS);
BPF_HASH(watched_cgroups, u64, u8, 4096);
BPF_HASH(watched_destinations, struct endpoint_key, u8, 16384);
BPF_HASH(pending, u64, struct pending, MAX_FLOWS);
BPF_HASH(flows, u64, struct event, MAX_FLOWS);  // TCP socket -> its connect() record

static __always_inline void count(u32 index) {
    u64 *value = counters.lookup(&index);
    if (value)
        (*value)++;
}

static __always_inline u64 setting(u32 index) {
    u64 *value = settings.lookup(&index);
    return value ? *value : 0;
}

static __always_inline void map_ipv4(u8 *out, u32 addr) {
    __builtin_memset(out, 0, 10);
    out[10] = 0xff;
    out[11] = 0xff;
    __builtin_memcpy(out + 12, &addr, 4);
}

static __always_inline int destination_watched(u8 *addr, u16 port) {
    struct endpoint_key key = {};
    __builtin_memcpy(key.addr, addr, 16);
    key.port = port;
    if (watched_destinations.lookup(&key))
        return 1;
    key.port = 0;
    if (watched_destinations.lookup(&key))
        return 1;
    __builtin_memset(key.addr, 0, 16);  // any address on this port (a proxy on 0.0.0.0)
    key.port = port;
    return watched_destinations.lookup(&key) != 0;
}

static __always_inline void emit(struct event *ev) {
    struct event *out = events.ringbuf_reserve(sizeof(*out));
    if (!out) {
        count(COUNTER_RINGBUF_FULL);
        return;
    }
    __builtin_memcpy(out, ev, sizeof(*out));
    events.ringbuf_submit(out, 0);
}

TRACEPOINT_PROBE(syscalls, sys_enter_connect) {
    u64 id = bpf_get_current_pid_tgid();
    u32 tgid = id >> 32;
    if (tgid == setting(SETTING_IGNORE_TGID))
        return 0;
    struct sockaddr_in6 sa = {};
    if (bpf_probe_read_user(&sa, sizeof(sa.sin6_family), args->uservaddr) != 0)
        return 0;
    struct pending p = {};
    struct event *ev = &p.ev;
    if (sa.sin6_family == AF_INET) {
        struct sockaddr_in sin = {};
        if (args->addrlen < sizeof(sin) || bpf_probe_read_user(&sin, sizeof(sin), args->uservaddr) != 0)
            return 0;
        map_ipv4(ev->daddr, sin.sin_addr.s_addr);
        ev->dport = ntohs(sin.sin_port);
    } else if (sa.sin6_family == AF_INET6) {
        if (args->addrlen < sizeof(sa) || bpf_probe_read_user(&sa, sizeof(sa), args->uservaddr) != 0)
            return 0;
        __builtin_memcpy(ev->daddr, sa.sin6_addr.in6_u.u6_addr8, 16);
        ev->dport = ntohs(sa.sin6_port);
    } else {
        return 0;  // AF_UNIX and others: not network egress
    }
    u64 cgroup_id = bpf_get_current_cgroup_id();
    if (!setting(SETTING_TRACE_ALL) && !watched_cgroups.lookup(&cgroup_id)
        && !destination_watched(ev->daddr, ev->dport))
        return 0;
    count(COUNTER_SELECTED);
    ev->type = EV_CONNECT;
    ev->family = sa.sin6_family;
    ev->pid = (u32)id;
    ev->tgid = tgid;
    ev->uid = (u32)bpf_get_current_uid_gid();
    ev->cgroup_id = cgroup_id;
    bpf_get_current_comm(&ev->comm, sizeof(ev->comm));
    if (pending.update(&id, &p) != 0)
        count(COUNTER_FLOWS_FULL);
    return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_connect) {
    u64 id = bpf_get_current_pid_tgid();
    struct pending *p = pending.lookup(&id);
    if (!p)
        return 0;
    p->ev.ret = args->ret;
    p->ev.ts_ns = bpf_ktime_get_ns();
    emit(&p->ev);
    pending.delete(&id);
    return 0;
}

TRACEPOINT_PROBE(sock, inet_sock_set_state) {
    if (args->protocol != IPPROTO_TCP)
        return 0;
    u64 sk = (u64)args->skaddr;
    if (args->newstate == TCP_SYN_SENT_STATE) {
        // Inside connect(), in the caller's context: tie the socket to the pending record.
        u64 id = bpf_get_current_pid_tgid();
        struct pending *p = pending.lookup(&id);
        if (!p)
            return 0;
        p->ev.protocol = PROTO_TCP;
        p->ev.sk = sk;
        if (flows.update(&sk, &p->ev) != 0)
            count(COUNTER_FLOWS_FULL);
        return 0;
    }
    struct event *flow = flows.lookup(&sk);
    if (!flow)
        return 0;
    struct event ev = {};
    __builtin_memcpy(&ev, flow, sizeof(ev));
    ev.ts_ns = bpf_ktime_get_ns();
    ev.oldstate = args->oldstate;
    if (args->family == AF_INET)
        map_ipv4(ev.saddr, *(u32 *)args->saddr);
    else
        __builtin_memcpy(ev.saddr, args->saddr_v6, 16);
    ev.sport = args->sport;
    if (args->newstate == TCP_ESTABLISHED_STATE) {
        ev.type = EV_ESTABLISHED;
        flow->sport = args->sport;
        __builtin_memcpy(flow->saddr, ev.saddr, 16);
        emit(&ev);
    } else if (args->newstate == TCP_CLOSE_WAIT_STATE || args->newstate == TCP_CLOSING_STATE) {
        flow->peer_fin = 1;
    } else if (args->newstate == TCP_CLOSE_STATE) {
        ev.type = EV_CLOSE;
#if TCP_BYTES_SENT_OFF >= 0
        bpf_probe_read_kernel(&ev.bytes_sent, sizeof(u64), (void *)sk + TCP_BYTES_SENT_OFF);
        bpf_probe_read_kernel(&ev.bytes_received, sizeof(u64), (void *)sk + TCP_BYTES_RECEIVED_OFF);
        if (args->oldstate == TCP_FIN_WAIT2_STATE) {
            u8 shutdown = 0;
            u64 flags = 0;
            bpf_probe_read_kernel(&shutdown, sizeof(shutdown), (void *)sk + SK_SHUTDOWN_OFF);
            bpf_probe_read_kernel(&flags, sizeof(flags), (void *)sk + SK_FLAGS_OFF);
            if ((shutdown & RCV_SHUTDOWN_MASK) && !(flags & SOCK_DEAD_MASK))
                ev.peer_fin = 1;
        }
        if (ev.peer_fin && ev.bytes_received > 0)
            ev.bytes_received--;
#endif
        emit(&ev);
        flows.delete(&sk);
    }
    return 0;
}
