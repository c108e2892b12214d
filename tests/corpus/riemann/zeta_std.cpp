// expect: zeta_function
#include <cmath>
#include <iostream>

int main() {
  for (double s : {2.0, 3.0, 4.0}) std::cout << s << " " << std::riemann_zeta(s) << "\n";
}
