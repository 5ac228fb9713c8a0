// Each test class starts silos, frontends or both; on a 2-core machine they run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
