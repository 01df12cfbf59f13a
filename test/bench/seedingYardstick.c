/* The yardstick for the seeding bench: the same work as murmur's IMM in a plain C loop, built and run
 * by test/bench/seeding.bench.ts only when a C compiler exists. Generates a Watts–Strogatz graph
 * (ring lattice, k = 10, each tie rewired with probability 0.1, no duplicates), draws R reverse-
 * reachable sets under the independent cascade with p = 0.08 (geometric skipping along each row),
 * and runs lazy greedy maximum coverage for k seeds. Prints wall and CPU seconds, R and the mean set size.
 * Usage: yardstick N K R */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t s0 = 0x9E3779B97F4A7C15ull, s1 = 0xD1B54A32D192ED03ull;
static double uniform(void) { /* xorshift128+, 53 bits in [0, 1) */
  uint64_t x = s0, y = s1;
  s0 = y; x ^= x << 23; s1 = x ^ y ^ (x >> 17) ^ (y >> 26);
  return (double)((s1 + y) >> 11) * (1.0 / 9007199254740992.0);
}

static uint64_t *table; static uint64_t mask;
static int insert(uint64_t key) { /* 1 if new */
  uint64_t h = (key * 0x9E3779B97F4A7C15ull) & mask;
  while (table[h]) { if (table[h] == key) return 0; h = (h + 1) & mask; }
  table[h] = key; return 1;
}
static int contains(uint64_t key) {
  uint64_t h = (key * 0x9E3779B97F4A7C15ull) & mask;
  while (table[h]) { if (table[h] == key) return 1; h = (h + 1) & mask; }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: yardstick N K R\n"); return 2; }
  const uint32_t n = (uint32_t)atol(argv[1]); const int k = atoi(argv[2]); const uint64_t R = (uint64_t)atoll(argv[3]);
  const int half = 5; const double rewire = 0.1, p = 0.08;
  struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0); clock_t c0 = clock();
  const uint64_t m = (uint64_t)n * half;
  uint32_t *eu = malloc(m * 4), *ev = malloc(m * 4);
  uint64_t slots = 1; while (slots < m * 4) slots <<= 1; mask = slots - 1; table = calloc(slots, 8);
  uint64_t e = 0;
  for (uint32_t i = 0; i < n; i++) for (int j = 1; j <= half; j++) {
    uint32_t a = i, b = (i + j) % n; eu[e] = a; ev[e] = b; e++;
    insert(((uint64_t)(a < b ? a : b) << 32 | (a < b ? b : a)) + 1);
  }
  /* Rewiring: the far end of each tie moves, with probability 0.1, to a member it is not tied to. */
  for (e = 0; e < m; e++) {
    if (uniform() >= rewire) continue;
    uint32_t a = eu[e], b;
    do { b = (uint32_t)(uniform() * n); } while (b == a || contains(((uint64_t)(a < b ? a : b) << 32 | (a < b ? b : a)) + 1));
    insert(((uint64_t)(a < b ? a : b) << 32 | (a < b ? b : a)) + 1); /* the old key stays: a few extra probes, no effect on the graph */
    ev[e] = b;
  }
  free(table);
  uint32_t *off = calloc(n + 1, 4), *adj = malloc(2 * m * 4), *cur = malloc((size_t)n * 4);
  for (e = 0; e < m; e++) { off[eu[e] + 1]++; off[ev[e] + 1]++; }
  for (uint32_t i = 0; i < n; i++) off[i + 1] += off[i];
  memcpy(cur, off, (size_t)n * 4);
  for (e = 0; e < m; e++) { adj[cur[eu[e]]++] = ev[e]; adj[cur[ev[e]]++] = eu[e]; }
  free(eu); free(ev); free(cur);
  /* RR sets, appended to one array; the queue is the set itself. */
  uint64_t cap = R * 4 + 1024, size = 0;
  uint32_t *nodes = malloc(cap * 4); uint64_t *rro = malloc((R + 1) * 8); uint32_t *mark = calloc(n, 4);
  const double lf = log(1 - p);
  rro[0] = 0;
  for (uint64_t r = 0; r < R; r++) {
    uint32_t stamp = (uint32_t)r + 1, t = (uint32_t)(uniform() * n);
    uint64_t start = size, top = size;
    if (top + 64 > cap) { cap *= 2; nodes = realloc(nodes, cap * 4); }
    nodes[top++] = t; mark[t] = stamp;
    for (uint64_t q = start; q < top; q++) {
      uint32_t u = nodes[q], a1 = off[u + 1];
      if (top + (a1 - off[u]) > cap) { cap *= 2; nodes = realloc(nodes, cap * 4); }
      for (uint64_t a = off[u] + (uint64_t)floor(log(1 - uniform()) / lf); a < a1; a += 1 + (uint64_t)floor(log(1 - uniform()) / lf)) {
        uint32_t w = adj[a];
        if (mark[w] != stamp) { mark[w] = stamp; nodes[top++] = w; }
      }
    }
    size = top; rro[r + 1] = size;
  }
  /* Lazy greedy: exact marginal counts, a max-heap of possibly stale ones. */
  uint32_t *start = calloc(n + 1, 4), *sets = malloc(size * 4), *gain = malloc((size_t)n * 4);
  for (uint64_t i = 0; i < size; i++) start[nodes[i] + 1]++;
  for (uint32_t i = 0; i < n; i++) start[i + 1] += start[i];
  memcpy(gain, start, (size_t)n * 4);
  for (uint64_t r = 0; r < R; r++) for (uint64_t i = rro[r]; i < rro[r + 1]; i++) sets[gain[nodes[i]]++] = (uint32_t)r;
  uint32_t *hid = malloc((size_t)n * 4), *hkey = malloc((size_t)n * 4); uint32_t hn = 0;
  for (uint32_t v = 0; v < n; v++) { gain[v] = start[v + 1] - start[v]; }
  for (uint32_t v = 0; v < n; v++) if (gain[v]) { /* push */
    uint32_t i = hn++; while (i && hkey[(i - 1) / 2] < gain[v]) { hid[i] = hid[(i - 1) / 2]; hkey[i] = hkey[(i - 1) / 2]; i = (i - 1) / 2; }
    hid[i] = v; hkey[i] = gain[v];
  }
  unsigned char *done = calloc(R, 1); uint64_t covered = 0;
  for (int s = 0; s < k && hn; ) {
    uint32_t v = hid[0], key = hkey[0];
    uint32_t lid = hid[--hn], lkey = hkey[hn], i = 0; /* pop */
    for (;;) { uint32_t l = 2 * i + 1; if (l >= hn) break; uint32_t c = (l + 1 < hn && hkey[l + 1] > hkey[l]) ? l + 1 : l; if (hkey[c] <= lkey) break; hid[i] = hid[c]; hkey[i] = hkey[c]; i = c; }
    if (hn) { hid[i] = lid; hkey[i] = lkey; }
    if (gain[v] != key) { if (gain[v]) { uint32_t j = hn++; while (j && hkey[(j - 1) / 2] < gain[v]) { hid[j] = hid[(j - 1) / 2]; hkey[j] = hkey[(j - 1) / 2]; j = (j - 1) / 2; } hid[j] = v; hkey[j] = gain[v]; } continue; }
    covered += gain[v]; s++;
    for (uint32_t x = start[v]; x < start[v + 1]; x++) { uint32_t r = sets[x]; if (done[r]) continue; done[r] = 1; for (uint64_t y = rro[r]; y < rro[r + 1]; y++) gain[nodes[y]]--; }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
  double cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
  printf("{\"seconds\": %.3f, \"cpuSeconds\": %.3f, \"rrSets\": %llu, \"meanSize\": %.4f, \"covered\": %llu}\n", secs, cpu, (unsigned long long)R, R ? (double)size / R : 0.0, (unsigned long long)covered);
  return 0;
}
