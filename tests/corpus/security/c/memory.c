/* Memory-safety and library-misuse cases in the style of flawfinder's and Semgrep's C tests. */
#include <curl/curl.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct session {
  char *name;
  void (*close)(struct session *);
};

void drop(struct session *s) {
  free(s);
  /* ruleid: c.use-after-free */
  s->close(s);
}

void drop_twice(char *buf) {
  free(buf);
  /* ruleid: c.use-after-free */
  free(buf);
}

void drop_fields(struct session *s) {
  free(s->name);
  free(s);
  /* ok: c.use-after-free */
  s = NULL;
}

void drop_reset(char *buf) {
  free(buf);
  buf = NULL;
  /* ok: c.use-after-free */
  free(buf);
}

void wipe(char *password, size_t n) {
  /* ruleid: c.memset-secret */
  memset(password, 0, n);
  /* ok: c.memset-secret */
  explicit_bzero(password, n);
}

void copy_names(char *d, const char *s, size_t n) {
  char tag[16];
  /* ruleid: c.strn-copy */
  strncpy(d, s, n);
  /* ruleid: c.strn-copy, c.strncat-size */
  strncat(tag, s, sizeof(tag));
  /* ok: c.strncat-size */
  snprintf(tag, sizeof tag, "%s", s);
}

void copy_int(int *out, const char *raw) {
  int n;
  /* ruleid: c.realpath-buffer */
  memcpy(&n, raw, sizeof(raw));
  /* ok: c.realpath-buffer */
  memcpy(&n, raw, sizeof(n));
  *out = n;
}

int grow(char **buf, size_t n) {
  /* ruleid: c.realloc-leak */
  *buf = realloc(*buf, n);
  /* ok: c.realloc-leak */
  char *tmp = realloc(*buf, n * 2);
  if (tmp == NULL) return -1;
  *buf = tmp;
  return 0;
}

void log_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  /* ok: c.format-string */
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}

void echo_arg(char **argv, va_list ap) {
  char out[128];
  /* ruleid: c.unbounded-copy, c.format-string */
  vsprintf(out, argv[1], ap);
}

void fetch(CURL *c, SSL_CTX *ctx) {
  /* ruleid: c.tls-no-verify */
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  /* ok: c.tls-no-verify */
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  /* ruleid: c.tls-no-verify */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
}

void keys(RSA *rsa, BIGNUM *e) {
  /* ruleid: c.weak-key-size */
  RSA_generate_key_ex(rsa, 1024, e, NULL);
  /* ok: c.weak-key-size */
  RSA_generate_key_ex(rsa, 3072, e, NULL);
}

void drop_privileges(void) {
  /* ruleid: c.setuid, c.privilege-unchecked */
  setuid(getuid());
  /* ruleid: c.setuid */
  if (setgid(getgid()) != 0) abort();
}

void run_shell(const char *cmd) {
  /* ruleid: c.exec */
  execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
}

int port_of(const char *arg) {
  /* ruleid: c.atoi */
  return atoi(arg);
}
