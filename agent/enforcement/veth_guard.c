// Embargo's frame guard: a tc (clsact ingress) filter on the host side of a protected pod's
// veth, where every frame the pod sends arrives — packet sockets (AF_PACKET, SOCK_PACKET)
// included, which no cgroup socket hook sees, and with PACKET_QDISC_BYPASS too, which skips
// the pod side's own egress hooks.
//
// For IPv4 and IPv6 frames it applies what the connect hooks apply to sockets:
//   - to an address DNS answers gave for a catalog host: dropped, whatever the port;
//   - TCP, UDP, UDP-Lite, SCTP or DCCP to an enforced port: dropped, unless it goes to the
//     proxy's transparent listener (where the connect hook sent the pod's own connections).
// ARP passes; anything else (other ethertypes, VLAN-tagged frames, IP headers that cannot
// be parsed) is dropped: a pod has no business sending it, and a parser that gives up must
// not let the frame through.
//
// Fragments: the ports are in the first 8 bytes of the transport header, which only a
// fragment at offset 0 carries (IPv4 fragments are 8-byte aligned), so only those are
// checked for the port; every fragment is checked for the address.
//
// The maps are the enforcement program's own, adopted from bpffs (ports, proxy,
// ai_addresses, counters, denials). A drop is counted; at most one denial record per
// interface per second goes to the ring buffer, carrying how many frames were dropped
// since the last one (a flood must not flood the audit log).
//
// Compiled after shared.c and sock_addr.c, into the same module.


#define REPORT_INTERVAL_NS 1000000000ULL
#define MAX_IPV6_EXTENSIONS 6

struct guard_state {
    u64 last_report_ns;
    u32 unreported;  // frames dropped since the last record
    u32 pad;
};

BPF_TABLE_PINNED("lru_hash", u32, struct guard_state, guard_state, 4096, PIN(guard_state));

static __always_inline int drop(struct __sk_buff *skb, u16 family, u16 protocol, struct addr_key *dst,
                                u16 port, u16 reason) {
    count(COUNTER_FRAMES_DROPPED);
    u32 ifindex = skb->ifindex;
    u64 now = bpf_ktime_get_ns();
    struct guard_state fresh = {};
    struct guard_state *state = guard_state.lookup_or_try_init(&ifindex, &fresh);
    if (!state)
        return TC_ACT_SHOT;
    state->unreported += 1;
    if (state->last_report_ns && now - state->last_report_ns < REPORT_INTERVAL_NS)
        return TC_ACT_SHOT;
    struct denial *d = denials.ringbuf_reserve(sizeof(struct denial));
    if (!d) {
        count(COUNTER_EVENTS_LOST);
        return TC_ACT_SHOT;
    }
    __builtin_memset(d, 0, sizeof(*d));
    d->ts_ns = now;
    d->family = family;
    d->protocol = protocol;
    d->dport = port;
    d->reason = reason;
    __builtin_memcpy(d->daddr, dst->addr, 16);
    d->ifindex = ifindex;
    d->frames = state->unreported;
    state->unreported = 0;
    state->last_report_ns = now;
    denials.ringbuf_submit(d, 0);
    return TC_ACT_SHOT;
}

static __always_inline int has_ports(u8 protocol) {
    return protocol == IPPROTO_TCP || protocol == IPPROTO_UDP || protocol == IPPROTO_UDPLITE ||
           protocol == IPPROTO_SCTP || protocol == IPPROTO_DCCP;
}

// The verdict for a frame to dst; l4 is the offset of the transport header, or 0 when this
// is not a first fragment (the ports are not in this frame).
static __always_inline int judge(struct __sk_buff *skb, u16 family, u8 protocol, struct addr_key *dst,
                                 u32 l4, int to_proxy_address) {
    u16 port = 0;
    if (l4 && has_ports(protocol)) {
        u16 ports[2];
        if (bpf_skb_load_bytes(skb, l4, ports, sizeof(ports)))
            return drop(skb, family, protocol, dst, 0, REASON_MALFORMED_FRAME);
        port = bpf_ntohs(ports[1]);
    }
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    if (port && protocol == IPPROTO_TCP && target && target->port == port && to_proxy_address)
        return TC_ACT_OK;  // the transparent listener, where the connect hook sends the pod
    if (ai_addresses.lookup(dst))
        return drop(skb, family, protocol, dst, port, REASON_AI_ADDRESS);
    if (port && ports.lookup(&port))
        return drop(skb, family, protocol, dst, port, REASON_RAW_FRAME);
    return TC_ACT_OK;
}

static __always_inline int guard_ipv4(struct __sk_buff *skb) {
    struct iphdr ip;
    struct addr_key dst = {};
    if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip)) || ip.ihl < 5)
        return drop(skb, AF_INET, 0, &dst, 0, REASON_MALFORMED_FRAME);
    map_ipv4(dst.addr, ip.daddr);
    int first_fragment = (bpf_ntohs(ip.frag_off) & 0x1fff) == 0;
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    int to_proxy = target && !is_zero(target->addr4, 4) && *(u32 *)target->addr4 == ip.daddr;
    return judge(skb, AF_INET, ip.protocol, &dst, first_fragment ? ETH_HLEN + ip.ihl * 4 : 0, to_proxy);
}

static __always_inline int is_extension(u8 next) {
    return next == IPPROTO_HOPOPTS || next == IPPROTO_ROUTING || next == IPPROTO_DSTOPTS ||
           next == IPPROTO_FRAGMENT || next == IPPROTO_AH;
}

static __always_inline int guard_ipv6(struct __sk_buff *skb) {
    struct ipv6hdr ip;
    struct addr_key dst = {};
    if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip)))
        return drop(skb, AF_INET6, 0, &dst, 0, REASON_MALFORMED_FRAME);
    __builtin_memcpy(dst.addr, &ip.daddr, 16);
    u8 next = ip.nexthdr;
    u32 l4 = ETH_HLEN + sizeof(ip);
    int first_fragment = 1;
#pragma unroll
    for (int i = 0; i < MAX_IPV6_EXTENSIONS; i++) {
        if (!is_extension(next))
            break;
        u8 ext[4];  // next header, length, and (fragment header) the offset
        if (bpf_skb_load_bytes(skb, l4, ext, sizeof(ext)))
            return drop(skb, AF_INET6, next, &dst, 0, REASON_MALFORMED_FRAME);
        if (next == IPPROTO_FRAGMENT) {
            first_fragment = first_fragment && ((ext[2] << 8 | ext[3]) & 0xfff8) == 0;
            l4 += 8;
        } else if (next == IPPROTO_AH) {
            l4 += (ext[1] + 2) * 4;
        } else {
            l4 += (ext[1] + 1) * 8;
        }
        next = ext[0];
    }
    if (is_extension(next))
        return drop(skb, AF_INET6, next, &dst, 0, REASON_MALFORMED_FRAME);  // a chain longer than we walk
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    int to_proxy = target && !is_zero(target->addr6, 16) && same_address(dst.addr, target->addr6);
    return judge(skb, AF_INET6, next, &dst, first_fragment ? l4 : 0, to_proxy);
}

int emb_veth_guard(struct __sk_buff *skb) {
    struct addr_key none = {};
    if (skb->vlan_present)
        return drop(skb, 0, 0, &none, 0, REASON_NOT_IP);
    // Headers are read with bpf_skb_load_bytes: it works on non-linear frames and, unlike
    // pulling them into the linear part, never copies the head of a cloned (TCP) frame.
    u16 ethertype = bpf_ntohs(skb->protocol);
    if (ethertype == ETH_P_ARP)
        return TC_ACT_OK;
    if (ethertype == ETH_P_IP)
        return guard_ipv4(skb);
    if (ethertype == ETH_P_IPV6)
        return guard_ipv6(skb);
    return drop(skb, 0, 0, &none, 0, REASON_NOT_IP);
}
