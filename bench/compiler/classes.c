/* A class-heavy bank simulation: the C counterpart of classes.ts, the same design written the C
 * way: each account kind is a struct that embeds the base and has a vtable of function pointers;
 * `instanceof` compares vtables; transfers are malloc'd and freed when the ledger's ring
 * overwrites them; auditors are an interface struct of function pointers. Same LCG, same output
 * lines. Built with gcc -O2 by bench/compiler/run.ts. Money is whole cents in doubles, as in the
 * TypeScript, so every rounding is the same. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ACCOUNTS 100000
#define MONTHS 24
#define TRANSFERS_PER_MONTH 250000
#define LEDGER_SIZE 4096
#define LARGE_TRANSFER 150000.0

static uint32_t seed = 4242;

static uint32_t next_random(void) {
  seed = seed * 1664525u + 1013904223u;
  return seed;
}

struct account;

typedef struct {
  double (*available)(struct account *);
  double (*fee)(struct account *, double);
  double (*close_month)(struct account *);
} account_vtable;

typedef struct account {
  const account_vtable *vtable;
  int32_t id;
  double cents;
  int32_t withdrawals;
} account;

typedef struct {
  account base;
  int32_t rate_basis_points;
} savings;

typedef struct {
  account base;
  double limit;
} credit;

static int32_t accounts_opened = 0;

static void account_init(account *a, const account_vtable *vtable, int32_t id, double opening) {
  a->vtable = vtable;
  a->id = id;
  a->cents = opening;
  a->withdrawals = 0;
  accounts_opened++;
}

static void deposit(account *a, double amount) { a->cents += amount; }

/* Takes amount plus this kind's fee when available() covers both. */
static bool withdraw(account *a, double amount) {
  double total = amount + a->vtable->fee(a, amount);
  if (total > a->vtable->available(a)) return false;
  a->cents -= total;
  a->withdrawals++;
  return true;
}

static double checking_available(account *a) { return a->cents; }
static double checking_fee(account *a, double amount) {
  (void)a;
  return amount < 5000 ? 30 : 0;
}
static double checking_close_month(account *a) {
  double charge = a->withdrawals > 2 ? 500 : 0;
  a->cents -= charge;
  a->withdrawals = 0;
  return -charge;
}
static const account_vtable checking_vtable = {checking_available, checking_fee, checking_close_month};

/* Only six withdrawals a month. */
static double savings_available(account *a) { return a->withdrawals >= 6 ? 0 : a->cents; }
static double savings_fee(account *a, double amount) {
  (void)a;
  (void)amount;
  return 0;
}
static double savings_close_month(account *a) {
  savings *s = (savings *)a;
  double interest = floor(a->cents * (double)s->rate_basis_points / 120000);
  a->cents += interest;
  a->withdrawals = 0;
  return interest;
}
static const account_vtable savings_vtable = {savings_available, savings_fee, savings_close_month};

static double credit_available(account *a) { return a->cents + ((credit *)a)->limit; }
static double credit_fee(account *a, double amount) {
  (void)a;
  return floor(amount / 100);
}
static double credit_close_month(account *a) {
  a->withdrawals = 0;
  if (a->cents >= 0) return 0;
  double charge = floor(-a->cents * 18 / 1200);
  a->cents -= charge;
  return -charge;
}
static const account_vtable credit_vtable = {credit_available, credit_fee, credit_close_month};

typedef struct {
  account *from;
  account *to;
  double amount;
  bool ok;
} transfer;

typedef struct auditor {
  void (*inspect)(struct auditor *, const transfer *);
  double (*summary)(struct auditor *);
} auditor;

typedef struct {
  auditor base;
  int32_t count;
  double total;
} large_transfer_auditor;

static void large_inspect(auditor *a, const transfer *t) {
  large_transfer_auditor *l = (large_transfer_auditor *)a;
  if (t->ok && t->amount >= LARGE_TRANSFER) {
    l->count++;
    l->total += t->amount;
  }
}
static double large_summary(auditor *a) {
  large_transfer_auditor *l = (large_transfer_auditor *)a;
  return (double)l->count * 1000003 + l->total;
}

typedef struct {
  auditor base;
  uint32_t hash;
} refusal_auditor;

static void refusal_inspect(auditor *a, const transfer *t) {
  refusal_auditor *r = (refusal_auditor *)a;
  if (!t->ok) r->hash = r->hash * 31u + (uint32_t)t->from->id;
}
static double refusal_summary(auditor *a) { return ((refusal_auditor *)a)->hash; }

/* Keeps the last LEDGER_SIZE transfers; an overwritten one is freed. */
typedef struct {
  transfer *entries[LEDGER_SIZE];
  int32_t length;
  int32_t next;
} ledger;

static void ledger_record(ledger *l, transfer *t) {
  if (l->length < LEDGER_SIZE) l->entries[l->length++] = t;
  else {
    free(l->entries[l->next]);
    l->entries[l->next] = t;
  }
  l->next = (l->next + 1) % LEDGER_SIZE;
}

static double ledger_volume(const ledger *l) {
  double sum = 0;
  for (int32_t i = 0; i < l->length; i++)
    if (l->entries[i]->ok) sum += l->entries[i]->amount;
  return sum;
}

static account **open_accounts(void) {
  account **accounts = malloc(sizeof(account *) * ACCOUNTS);
  for (int32_t id = 0; id < ACCOUNTS; id++) {
    uint32_t r = next_random();
    uint32_t kind = r % 3;
    if (kind == 0) {
      account *a = malloc(sizeof(account));
      account_init(a, &checking_vtable, id, (double)((r >> 8) % 500000));
      accounts[id] = a;
    } else if (kind == 1) {
      savings *s = malloc(sizeof(savings));
      account_init(&s->base, &savings_vtable, id, (double)((r >> 8) % 2000000));
      s->rate_basis_points = 100 + (int32_t)(r % 400);
      accounts[id] = &s->base;
    } else {
      credit *c = malloc(sizeof(credit));
      account_init(&c->base, &credit_vtable, id, 0);
      c->limit = (double)(100000 + (r >> 8) % 900000);
      accounts[id] = &c->base;
    }
  }
  return accounts;
}

static double run_month(account **accounts, ledger *l, auditor **auditors, int32_t nauditors) {
  for (int32_t i = 0; i < TRANSFERS_PER_MONTH; i++) {
    account *from = accounts[next_random() % ACCOUNTS];
    account *to = accounts[next_random() % ACCOUNTS];
    double amount = 100 + (double)(next_random() % 200000);
    bool ok = withdraw(from, amount);
    if (ok) deposit(to, amount);
    transfer *t = malloc(sizeof(transfer));
    t->from = from;
    t->to = to;
    t->amount = amount;
    t->ok = ok;
    ledger_record(l, t);
    for (int32_t k = 0; k < nauditors; k++) auditors[k]->inspect(auditors[k], t);
  }
  double change = 0;
  for (int32_t i = 0; i < ACCOUNTS; i++) change += accounts[i]->vtable->close_month(accounts[i]);
  return change;
}

static void report(account **accounts) {
  int32_t checking = 0, saving = 0, crediting = 0;
  double total = 0;
  account *richest = accounts[0];
  for (int32_t i = 0; i < ACCOUNTS; i++) {
    account *a = accounts[i];
    if (a->vtable == &checking_vtable) checking++;
    else if (a->vtable == &savings_vtable) saving++;
    else if (a->vtable == &credit_vtable) crediting++;
    total += a->cents;
    if (a->cents > richest->cents) richest = a;
  }
  printf("classes: %d opened: %d checking, %d savings, %d credit\n", accounts_opened, checking,
         saving, crediting);
  printf("classes: total %.0f, richest %d with %.0f\n", total, richest->id, richest->cents);
}

int main(void) {
  account **accounts = open_accounts();
  static ledger l;
  large_transfer_auditor large = {{large_inspect, large_summary}, 0, 0};
  refusal_auditor refusals = {{refusal_inspect, refusal_summary}, 0};
  auditor *auditors[2] = {&large.base, &refusals.base};
  double change = 0;
  for (int32_t m = 0; m < MONTHS; m++) change += run_month(accounts, &l, auditors, 2);
  report(accounts);
  printf("classes: interest and charges %.0f, ledger volume %.0f, large %.0f, refusals %.0f\n",
         change, ledger_volume(&l), large.base.summary(&large.base),
         refusals.base.summary(&refusals.base));
  for (int32_t i = 0; i < l.length; i++) free(l.entries[i]);
  for (int32_t i = 0; i < ACCOUNTS; i++) free(accounts[i]);
  free(accounts);
  return 0;
}
