// Records that the demo ecosystem (with this seed and scale) was loaded.
MERGE (e:Ecosystem {key: 'default'})
SET e.demoSeed = $seed, e.demoScale = $scale
