// Call-gated patterns. A raw rule query rooted at the language's call node, whose @callee is that
// call's callee and which requires `#calls? @callee "name" ...`, can only match at a call whose
// callee resolves to one of those names. Such a pattern is kept out of the combined query, where
// every call node of every file would start a match attempt for it (the query cursor's cost
// grows with the number of patterns that start at a node), and is run on one call node only:
// when the combined query's call dispatch pattern meets a callee that passes its gate, a hash
// lookup away. The results are the same; tests/patterns/call_gate_test.cpp checks both ways.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "patterns/predicates.hpp"
#include "patterns/query_engine.hpp"
#include "patterns/shorthand.hpp"

namespace riemann::patterns {

// One alternative of a language's call template: "(call function: (_) @callee) @match" gives
// {node "call", callee_field "function: (_) @callee"}; "(method_invocation) @callee" gives
// {node "method_invocation", callee_field ""} (the call node is its own callee).
struct CallShape {
  std::string node;
  std::string callee_field;
};

// The call shapes of a call template (one per alternative of a top-level "[...]").
std::vector<CallShape> call_shapes(std::string_view call_template);

// Whether `text` is a single pattern rooted at one of the call shapes, with @callee where the
// shape has it and @match on the root: "((call function: (_) @callee ...) @match (#...)...)" or
// "(call function: (_) @callee ...) @match". Text only; the #calls? gate is checked by
// CallGate::add on the compiled query.
bool call_rooted(std::string_view text, const std::vector<CallShape>& shapes);

class CallGate {
 public:
  struct Gated {
    std::uint32_t owner = 0;  // index of the rule / evidence signal
    CompiledQuery query;      // its call-rooted patterns
  };

  // Adds the compiled call-rooted queries of one owner; false (and nothing added) unless every
  // pattern has a non-negated #calls? on @callee and the query captures @match. The query runs
  // at a call whose callee passes any of its patterns' gates.
  bool add(std::uint32_t owner, CompiledQuery query);

  bool empty() const { return gated_.empty(); }
  std::size_t size() const { return gated_.size(); }
  const Gated& at(std::uint32_t index) const { return gated_[index]; }

  // Indices of the gated queries whose #calls? the callee passes, ascending, each once.
  void candidates(const CalleeNames& callee, std::vector<std::uint32_t>& out) const;

 private:
  std::vector<Gated> gated_;
  CallNameIndex names_;  // the #calls? names of each gated query -> its index
};

}  // namespace riemann::patterns
