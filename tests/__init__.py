"""KKO Guard's tests. A package so that worker processes can import `tests.isolation_readers`."""
