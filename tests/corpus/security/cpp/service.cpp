#include <cstdlib>
#include <dlfcn.h>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

namespace svc {

// ruleid: c.hardcoded-secret
static const char api_token[] = "abcdef0123456789";

int run(const std::string &user) {
  std::string cmd = "grep " + user + " /var/log/app.log";
  // ruleid: c.system
  return std::system(cmd.c_str());
}

int run_fixed() {
  // ok: c.system
  // ruleid: c.system-literal
  return std::system("uptime");
}

void copy(char *dst, const char *src) {
  // ruleid: c.unbounded-copy
  strcat(dst, src);
}

void log(const std::string &msg) {
  // ruleid: c.format-string
  fprintf(stderr, msg.c_str());
  // ok: c.format-string
  fprintf(stderr, "%s\n", msg.c_str());
}

void *plugin(const std::string &path) {
  // ruleid: c.dlopen
  return dlopen(path.c_str(), RTLD_NOW);
}

void *libm() {
  // ok: c.dlopen
  return dlopen("libm.so.6", RTLD_NOW);
}

int roll() {
  // ruleid: c.insecure-random
  return std::rand() % 6;
}

int roll_safe() {
  std::random_device rd;
  // ok: c.insecure-random
  return static_cast<int>(rd() % 6);
}

int *cast(char *buf) {
  // ruleid: cpp.reinterpret-cast
  return reinterpret_cast<int *>(buf);
}

double convert(int x) {
  // ok: cpp.reinterpret-cast
  return static_cast<double>(x);
}

void report(const std::string &s) {
  // ruleid: c.hardcoded-tmp
  std::ofstream out("/tmp/report.txt");
  out << s;
}

void drop_privileges() {
  // ruleid: c.setuid, c.privilege-unchecked
  setuid(0);
}

}  // namespace svc

int main() {
  // std::system(cmd) mentioned in a comment is not a call
  // ok: c.system
  std::cout << "std::system(cmd)" << std::endl;
  return 0;
}
