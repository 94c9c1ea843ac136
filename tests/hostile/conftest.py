# The target problem and the hostile files are data, not tests of ours.
collect_ignore_glob = ["problem/*", "submissions/*", "cpp/*"]
