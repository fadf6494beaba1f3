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
#define PULL_BYTES 256  // Ethernet + IPv6 + the extension headers walked + 4 bytes of ports, mostly

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

// The verdict for a frame to dst; l4 points at the transport header (or NULL: not a first
// fragment, the ports are not in this frame).
static __always_inline int judge(struct __sk_buff *skb, u16 family, u8 protocol, struct addr_key *dst,
                                 void *l4, void *end, int mapped_proxy_match) {
    u16 port = 0;
    if (l4 && has_ports(protocol)) {
        if (l4 + 4 > end)
            return drop(skb, family, protocol, dst, 0, REASON_MALFORMED_FRAME);
        port = bpf_ntohs(*(u16 *)(l4 + 2));
    }
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    if (port && protocol == IPPROTO_TCP && target && target->port == port && mapped_proxy_match)
        return TC_ACT_OK;  // the transparent listener, where the connect hook sends the pod
    if (ai_addresses.lookup(dst))
        return drop(skb, family, protocol, dst, port, REASON_AI_ADDRESS);
    if (port && ports.lookup(&port))
        return drop(skb, family, protocol, dst, port, REASON_RAW_FRAME);
    return TC_ACT_OK;
}

static __always_inline int guard_ipv4(struct __sk_buff *skb, void *data, void *end) {
    struct iphdr *ip = data + sizeof(struct ethhdr);
    struct addr_key dst = {};
    if ((void *)(ip + 1) > end || ip->ihl < 5)
        return drop(skb, AF_INET, 0, &dst, 0, REASON_MALFORMED_FRAME);
    map_ipv4(dst.addr, ip->daddr);
    int first_fragment = (bpf_ntohs(ip->frag_off) & 0x1fff) == 0;
    void *l4 = (void *)ip + ip->ihl * 4;
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    int to_proxy = target && !is_zero(target->addr4, 4) && *(u32 *)target->addr4 == ip->daddr;
    return judge(skb, AF_INET, ip->protocol, &dst, first_fragment ? l4 : NULL, end, to_proxy);
}

static __always_inline int guard_ipv6(struct __sk_buff *skb, void *data, void *end) {
    struct ipv6hdr *ip = data + sizeof(struct ethhdr);
    struct addr_key dst = {};
    if ((void *)(ip + 1) > end)
        return drop(skb, AF_INET6, 0, &dst, 0, REASON_MALFORMED_FRAME);
    __builtin_memcpy(dst.addr, &ip->daddr, 16);
    u8 next = ip->nexthdr;
    void *l4 = ip + 1;
    int first_fragment = 1;
#pragma unroll
    for (int i = 0; i < MAX_IPV6_EXTENSIONS; i++) {
        if (next != IPPROTO_HOPOPTS && next != IPPROTO_ROUTING && next != IPPROTO_DSTOPTS &&
            next != IPPROTO_FRAGMENT && next != IPPROTO_AH)
            break;
        u8 *ext = l4;
        if ((void *)(ext + 8) > end)
            return drop(skb, AF_INET6, next, &dst, 0, REASON_MALFORMED_FRAME);
        if (next == IPPROTO_FRAGMENT) {
            first_fragment = first_fragment && (bpf_ntohs(*(u16 *)(ext + 2)) & 0xfff8) == 0;
            l4 = ext + 8;
        } else if (next == IPPROTO_AH) {
            l4 = ext + (ext[1] + 2) * 4;
        } else {
            l4 = ext + (ext[1] + 1) * 8;
        }
        next = ext[0];
    }
    if (next == IPPROTO_HOPOPTS || next == IPPROTO_ROUTING || next == IPPROTO_DSTOPTS ||
        next == IPPROTO_FRAGMENT || next == IPPROTO_AH)
        return drop(skb, AF_INET6, next, &dst, 0, REASON_MALFORMED_FRAME);  // a chain longer than we walk
    u32 zero = 0;
    struct proxy_target *target = proxy.lookup(&zero);
    int to_proxy = target && !is_zero(target->addr6, 16) && same_address(dst.addr, target->addr6);
    return judge(skb, AF_INET6, next, &dst, first_fragment ? l4 : NULL, end, to_proxy);
}

int emb_veth_guard(struct __sk_buff *skb) {
    // Headers may sit beyond the linear part: pull what the parser reads (a no-op when linear).
    bpf_skb_pull_data(skb, skb->len < PULL_BYTES ? skb->len : PULL_BYTES);
    void *data = (void *)(long)skb->data;
    void *end = (void *)(long)skb->data_end;
    struct addr_key none = {};
    if (skb->vlan_present)
        return drop(skb, 0, 0, &none, 0, REASON_NOT_IP);
    if (data + sizeof(struct ethhdr) > end)
        return drop(skb, 0, 0, &none, 0, REASON_MALFORMED_FRAME);
    u16 ethertype = bpf_ntohs(((struct ethhdr *)data)->h_proto);
    if (ethertype == ETH_P_ARP)
        return TC_ACT_OK;
    if (ethertype == ETH_P_IP)
        return guard_ipv4(skb, data, end);
    if (ethertype == ETH_P_IPV6)
        return guard_ipv6(skb, data, end);
    return drop(skb, 0, 0, &none, 0, REASON_NOT_IP);
}
