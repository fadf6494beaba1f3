// TLS visibility without interception (detection only, off by default): uprobes on OpenSSL's
// SSL_write and SSL_write_ex copy the plaintext a watched cgroup's process hands to TLS —
// what a client that pins certificates sends, which the proxy cannot read — into a ring
// buffer for the agent to classify. Nothing is blocked here.
//
// Only processes in watched cgroups pay more than a hash lookup per call; each captured
// write copies at most MAX_BYTES (longer writes are reported truncated).
//
// The loader defines RINGBUF_PAGES and MAX_BYTES (a power of two).

#include <uapi/linux/ptrace.h>

#define COUNTER_LOST 0
#define COUNTER_TRUNCATED 1

struct plaintext {
    u64 cgroup_id;
    u32 tgid;
    u32 pid;
    u32 uid;
    u32 len;     // bytes the caller wrote
    u32 copied;  // bytes in data
    char comm[16];
    u8 data[MAX_BYTES];
};

BPF_HASH(watched_cgroups, u64, u8, 4096);
BPF_RINGBUF_OUTPUT(plaintexts, RINGBUF_PAGES);
BPF_PERCPU_ARRAY(counters, u64, 2);

static __always_inline void count(int index) {
    u64 *value = counters.lookup(&index);
    if (value)
        *value += 1;
}

static __always_inline int capture(const void *buf, u64 num) {
    u64 cgroup_id = bpf_get_current_cgroup_id();
    if (!watched_cgroups.lookup(&cgroup_id) || num == 0)
        return 0;
    struct plaintext *p = plaintexts.ringbuf_reserve(sizeof(struct plaintext));
    if (!p) {
        count(COUNTER_LOST);
        return 0;
    }
    u64 pid_tgid = bpf_get_current_pid_tgid();
    p->cgroup_id = cgroup_id;
    p->tgid = pid_tgid >> 32;
    p->pid = (u32)pid_tgid;
    p->uid = (u32)bpf_get_current_uid_gid();
    p->len = num;
    u32 copied = num < MAX_BYTES ? num : MAX_BYTES;
    if (copied < num)
        count(COUNTER_TRUNCATED);
    p->copied = copied;
    bpf_get_current_comm(p->comm, sizeof(p->comm));
    if (bpf_probe_read_user(p->data, copied & (MAX_BYTES - 1) ? copied & (MAX_BYTES - 1) : MAX_BYTES, buf))
        p->copied = 0;
    plaintexts.ringbuf_submit(p, 0);
    return 0;
}

// int SSL_write(SSL *ssl, const void *buf, int num)
int probe_ssl_write(struct pt_regs *ctx) {
    return capture((const void *)PT_REGS_PARM2(ctx), (u64)(int)PT_REGS_PARM3(ctx));
}

// int SSL_write_ex(SSL *ssl, const void *buf, size_t num, size_t *written)
int probe_ssl_write_ex(struct pt_regs *ctx) {
    return capture((const void *)PT_REGS_PARM2(ctx), PT_REGS_PARM3(ctx));
}
