// Errors as values at module boundaries (house style rule 4).
//
// sandbox/, patterns/ and storage/ know nothing of CAF, so they cannot use caf::expected;
// C++20 has no std::expected. This is the small common vocabulary they share: a value or a
// module-specific error, never both. actors/ converts the error side to caf::error.
#pragma once

#include <cassert>
#include <utility>
#include <variant>

namespace riemann {

// Wraps an error so that Expected<T, E> can be built from it even when T and E convert.
template <class E>
struct Unexpected {
  E error;
};
template <class E>
Unexpected<E> unexpected(E e) {
  return Unexpected<E>{std::move(e)};
}

template <class T, class E>
class Expected {
 public:
  Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Expected(Unexpected<E> e) : state_(std::in_place_index<1>, std::move(e.error)) {}

  bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(state_));
  }
  const E& error() const& {
    assert(!has_value());
    return std::get<1>(state_);
  }
  E&& error() && {
    assert(!has_value());
    return std::get<1>(std::move(state_));
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, E> state_;
};

// For operations that return nothing on success.
struct Unit {};

}  // namespace riemann
