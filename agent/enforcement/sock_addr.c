// Kernel enforcement for Embargo: protected workloads reach AI endpoints through the proxy
// or not at all.
//
// Attached once, at an ancestor cgroup (e.g. /kubepods.slice), with the exclusive attach
// mode: a descendant cannot stack or override its own program for these hooks, and a new
// attach replaces the old program atomically (the agent's reconcile on restart).
//
//   connect4 / connect6   TCP to an enforced port (443 and configured ones) is rewritten to
//                         the proxy's transparent listener; its original destination is kept
//                         by socket cookie. No proxy configured: refused (EPERM).
//                         UDP connect to an enforced port: refused (QUIC falls back to TCP).
//                         Any other connect to an address a DNS answer named for a catalog
//                         host is refused, whatever the port.
//   sendmsg4 / sendmsg6   unconnected UDP to an enforced port or a catalog address: refused.
//   sock_create           a raw IP socket (AF_INET/AF_INET6 SOCK_RAW): refused (crafted packets
//                         skip the hooks above). The hook runs only in inet_create/inet6_create:
//                         packet sockets (AF_PACKET, and AF_INET SOCK_PACKET, which the kernel
//                         turns into one) never reach it; veth_guard.c drops their frames.
//   sock_ops              when a redirected connection is established, its original destination
//                         moves from the cookie to the client's (address, port), which is what
//                         the proxy sees as its peer.
//
// IPv4-mapped IPv6 (::ffff:a.b.c.d on a dual-stack socket) is handled as the IPv4 address
// it is: the same catalog entries, the proxy's IPv4 listener.
//
// Whether a socket's task is protected: the nearest entry, walking from its own cgroup up
// to the root, in `cgroups` (PROTECT or EXEMPT). A cgroup without an entry on its path is
// untouched, so an entry at the attach point sets the default for containers the agent has
// not identified yet (deny-until-known).
//
// Every map and program is pinned under PIN_DIR: enforcement keeps running while the agent
// is down, and a restarted agent adopts the maps. Denials are counted and queued in a
// pinned ring buffer that a restarted agent reads.
//
// The loader defines PIN_DIR, RINGBUF_PAGES, MAX_LEVELS.

// Compiled after shared.c (the maps, the denial record, address helpers).

#define SOCK_RAW_TYPE 3  // SOCK_RAW

#define MODE_PROTECT 1
#define MODE_EXEMPT 2

#define VERDICT_DENY 0
#define VERDICT_PASS 1

// bcc declares the helper's result 32 bits wide; the cookie is 64.
static u64 (*socket_cookie)(void *ctx) = (void *)BPF_FUNC_get_socket_cookie;

struct original {
    u8 addr[16];
    u16 port;    // host order
    u16 family;  // as passed to connect()
    u32 pad;
};

struct peer_key {
    u8 addr[16];
    u16 port;  // host order
    u16 pad;
};

BPF_TABLE_PINNED("hash", u64, u32, cgroups, 65536, PIN(cgroups));
BPF_TABLE_PINNED("lru_hash", u64, struct original, by_cookie, 65536, PIN(by_cookie));
BPF_TABLE_PINNED("lru_hash", struct peer_key, struct original, by_peer, 65536, PIN(by_peer));

static __always_inline int protected_task(void) {
    u64 id = bpf_get_current_cgroup_id();
    u32 *mode = cgroups.lookup(&id);
    if (mode)
        return *mode == MODE_PROTECT;
#pragma unroll
    for (int level = MAX_LEVELS; level >= 0; level--) {
        id = bpf_get_current_ancestor_cgroup_id(level);
        if (!id)
            continue;  // deeper than this task's cgroup
        mode = cgroups.lookup(&id);
        if (mode)
            return *mode == MODE_PROTECT;
    }
    return 0;
}

static __always_inline int deny(u16 family, u16 protocol, struct addr_key *dst, u16 port, u16 reason) {
    count(COUNTER_DENIED);
    struct denial *d = denials.ringbuf_reserve(sizeof(struct denial));
    if (!d) {
        count(COUNTER_EVENTS_LOST);
        return VERDICT_DENY;
    }
    u64 pid_tgid = bpf_get_current_pid_tgid();
    d->cgroup_id = bpf_get_current_cgroup_id();
    d->ts_ns = bpf_ktime_get_ns();
    d->tgid = pid_tgid >> 32;
    d->pid = (u32)pid_tgid;
    d->uid = (u32)bpf_get_current_uid_gid();
    d->family = family;
    d->protocol = protocol;
    d->dport = port;
    d->reason = reason;
    __builtin_memcpy(d->daddr, dst->addr, 16);
    bpf_get_current_comm(d->comm, sizeof(d->comm));
    d->ifindex = 0;
    d->frames = 0;
    denials.ringbuf_submit(d, 0);
    return VERDICT_DENY;
}

static __always_inline int is_mapped_ipv4(const u8 *addr) {
    for (int i = 0; i < 10; i++)
        if (addr[i])
            return 0;
    return addr[10] == 0xff && addr[11] == 0xff;
}

// The verdict for a connect or sendmsg to dst:port; for TCP, fills `to` with the proxy
// address (16 bytes; IPv4-mapped when the proxy's IPv4 listener is meant) and returns 2.
#define REDIRECT 2
static __always_inline int decide(struct bpf_sock_addr *ctx, struct addr_key *dst, u16 port,
                                  int udp, struct proxy_target *target) {
    if (target && target->port == port) {
        struct addr_key proxy4 = {};
        map_ipv4(proxy4.addr, *(u32 *)target->addr4);
        if ((!is_zero(target->addr4, 4) && same_address(dst->addr, proxy4.addr)) ||
            (!is_zero(target->addr6, 16) && same_address(dst->addr, target->addr6)))
            return VERDICT_PASS;  // the transparent listener itself
    }
    if (ports.lookup(&port))  // TCP: to the proxy, which decides by SNI and Host; UDP (QUIC): refused
        return udp ? deny(ctx->user_family, ctx->protocol, dst, port, REASON_UDP_PORT) : REDIRECT;
    if (ai_addresses.lookup(dst))
        return deny(ctx->user_family, ctx->protocol, dst, port, REASON_AI_ADDRESS);
    return VERDICT_PASS;
}

static __always_inline void remember(struct bpf_sock_addr *ctx, struct addr_key *dst, u16 port) {
    struct original orig = {};
    __builtin_memcpy(orig.addr, dst->addr, 16);
    orig.port = port;
    orig.family = ctx->user_family;
    u64 cookie = socket_cookie(ctx);
    if (by_cookie.update(&cookie, &orig))
        count(COUNTER_ORIGINALS_LOST);
    count(COUNTER_REDIRECTED);
}

static __always_inline int handle4(struct bpf_sock_addr *ctx, int udp) {
    if (!protected_task())
        return VERDICT_PASS;
    struct addr_key dst = {};
    map_ipv4(dst.addr, ctx->user_ip4);
    u16 port = bpf_ntohs(ctx->user_port);
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    int verdict = decide(ctx, &dst, port, udp, target);
    if (verdict != REDIRECT)
        return verdict;
    if (!target || !target->port || is_zero(target->addr4, 4))
        return deny(ctx->user_family, ctx->protocol, &dst, port, REASON_NO_PROXY);
    remember(ctx, &dst, port);
    ctx->user_ip4 = *(u32 *)target->addr4;
    ctx->user_port = bpf_htons(target->port);
    return VERDICT_PASS;
}

static __always_inline int handle6(struct bpf_sock_addr *ctx, int udp) {
    if (!protected_task())
        return VERDICT_PASS;
    struct addr_key dst = {};
    u32 words[4] = {*(volatile u32 *)&ctx->user_ip6[0], *(volatile u32 *)&ctx->user_ip6[1],
                    *(volatile u32 *)&ctx->user_ip6[2], *(volatile u32 *)&ctx->user_ip6[3]};
    __builtin_memcpy(dst.addr, words, 16);
    u16 port = bpf_ntohs(ctx->user_port);
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    int verdict = decide(ctx, &dst, port, udp, target);
    if (verdict != REDIRECT)
        return verdict;
    if (!target || !target->port)
        return deny(ctx->user_family, ctx->protocol, &dst, port, REASON_NO_PROXY);
    u32 to[4] = {};
    if (is_mapped_ipv4(dst.addr)) {
        if (is_zero(target->addr4, 4))
            return deny(ctx->user_family, ctx->protocol, &dst, port, REASON_NO_PROXY);
        to[2] = bpf_htonl(0xffff);
        to[3] = *(u32 *)target->addr4;
    } else {
        if (is_zero(target->addr6, 16))
            return deny(ctx->user_family, ctx->protocol, &dst, port, REASON_NO_PROXY);
        __builtin_memcpy(to, target->addr6, 16);
    }
    remember(ctx, &dst, port);
    ctx->user_ip6[0] = to[0];
    ctx->user_ip6[1] = to[1];
    ctx->user_ip6[2] = to[2];
    ctx->user_ip6[3] = to[3];
    ctx->user_port = bpf_htons(target->port);
    return VERDICT_PASS;
}

int emb_connect4(struct bpf_sock_addr *ctx) {
    return handle4(ctx, ctx->protocol != IPPROTO_TCP);
}

int emb_connect6(struct bpf_sock_addr *ctx) {
    return handle6(ctx, ctx->protocol != IPPROTO_TCP);
}

int emb_sendmsg4(struct bpf_sock_addr *ctx) {
    return handle4(ctx, 1);
}

int emb_sendmsg6(struct bpf_sock_addr *ctx) {
    return handle6(ctx, 1);
}

int emb_sock_create(struct bpf_sock *sk) {
    if (sk->type != SOCK_RAW_TYPE || !protected_task())
        return VERDICT_PASS;
    struct addr_key none = {};
    return deny(sk->family, sk->protocol, &none, 0, REASON_RAW_SOCKET);
}

int emb_sock_ops(struct bpf_sock_ops *skops) {
    if (skops->op != BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB)
        return 1;
    u64 cookie = socket_cookie(skops);
    struct original *orig = by_cookie.lookup(&cookie);
    if (!orig)
        return 1;
    struct peer_key key = {};
    if (skops->family == AF_INET) {
        map_ipv4(key.addr, skops->local_ip4);
    } else {
        // one 4-byte load each: the verifier refuses the 8-byte loads the compiler would merge them into
        u32 words[4] = {*(volatile u32 *)&skops->local_ip6[0], *(volatile u32 *)&skops->local_ip6[1],
                        *(volatile u32 *)&skops->local_ip6[2], *(volatile u32 *)&skops->local_ip6[3]};
        __builtin_memcpy(key.addr, words, 16);
    }
    key.port = skops->local_port;
    struct original copy = *orig;
    by_peer.update(&key, &copy);
    by_cookie.delete(&cookie);
    return 1;
}
