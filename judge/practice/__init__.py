"""Practice repositories: a candidate's fork of problems, graded in CI (`judge init-practice`, `judge grade`, `judge grade-batch`)."""
