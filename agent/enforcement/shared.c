// What the enforcement programs share: the maps the agent configures, the denial record,
// small address helpers. The loader compiles one module from shared.c + sock_addr.c +
// veth_guard.c, concatenated in that order (bcc rewrites map calls only in its main text,
// so this cannot be an #include).

#include <uapi/linux/bpf.h>
#include <uapi/linux/pkt_cls.h>
#include <uapi/linux/if_ether.h>
#include <uapi/linux/ip.h>
#include <uapi/linux/ipv6.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/socket.h>

// Why a connect, socket or frame was refused (the event's reason).
#define REASON_AI_ADDRESS 1       // the destination is an address of a catalog host
#define REASON_UDP_PORT 2         // UDP to an enforced port (QUIC)
#define REASON_NO_PROXY 3         // an enforced TCP port, and no proxy listener for this family
#define REASON_RAW_SOCKET 4       // a raw IP socket (crafted packets would skip every hook above)
#define REASON_RAW_FRAME 5        // a frame to an enforced port that did not go to the proxy
#define REASON_NOT_IP 6           // a frame that is neither IP nor ARP (or VLAN-tagged)
#define REASON_MALFORMED_FRAME 7  // an IP frame whose headers cannot be parsed

#define COUNTER_DENIED 0
#define COUNTER_REDIRECTED 1
#define COUNTER_EVENTS_LOST 2
#define COUNTER_ORIGINALS_LOST 3
#define COUNTER_FRAMES_DROPPED 4
#define COUNTERS 5

#define PIN(name) PIN_DIR "/" #name

struct addr_key {
    u8 addr[16];  // IPv4 stored IPv4-mapped
};

struct proxy_target {
    u8 addr4[4];   // network order; all zero: no IPv4 listener
    u8 addr6[16];  // all zero: no IPv6 listener
    u16 port;      // host order; 0: no proxy (enforced ports are refused)
    u16 pad;
};

struct denial {
    u64 cgroup_id;
    u64 ts_ns;
    u32 tgid;
    u32 pid;
    u32 uid;
    u16 family;
    u16 protocol;
    u16 dport;
    u16 reason;
    u8 daddr[16];
    char comm[16];
    u32 ifindex;  // frames: the interface the guard dropped them on (0 for sockets)
    u32 frames;   // frames: how many were dropped since the interface's last record
};

BPF_TABLE_PINNED("hash", u16, u8, ports, 64, PIN(ports));
BPF_TABLE_PINNED("hash", struct addr_key, u8, ai_addresses, 65536, PIN(ai_addresses));
BPF_TABLE_PINNED("array", u32, struct proxy_target, proxy, 1, PIN(proxy));
// The layout fingerprint of these maps (the loader's digest of the declarations): a newer agent
// whose maps differ replaces them instead of adopting maps it would misread.
BPF_TABLE_PINNED("array", u32, u64, layout, 1, PIN(layout));
BPF_TABLE_PINNED("percpu_array", u32, u64, counters, COUNTERS, PIN(counters));
// BPF_RINGBUF_OUTPUT, pinned (bcc has no macro for that): the section names the pin path.
struct denials_table_t {
    int key;
    u32 leaf;
    int (*ringbuf_output)(void *, u64, u64);
    void *(*ringbuf_reserve)(u64);
    void (*ringbuf_discard)(void *, u64);
    void (*ringbuf_submit)(void *, u64);
    u32 max_entries;
};
__attribute__((section("maps/ringbuf:" PIN(denials))))
struct denials_table_t denials = {.max_entries = RINGBUF_PAGES * PAGE_SIZE};

static __always_inline void count(u32 index) {
    u64 *value = counters.lookup(&index);
    if (value)
        *value += 1;
}

static __always_inline void map_ipv4(u8 *out, u32 addr) {
    __builtin_memset(out, 0, 10);
    out[10] = 0xff;
    out[11] = 0xff;
    __builtin_memcpy(out + 12, &addr, 4);
}

static __always_inline int same_address(const u8 *a, const u8 *b) {
    for (int i = 0; i < 16; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

static __always_inline int is_zero(const u8 *addr, int len) {
    for (int i = 0; i < len; i++)
        if (addr[i])
            return 0;
    return 1;
}
