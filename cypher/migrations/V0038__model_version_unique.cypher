CREATE CONSTRAINT ipp_model_version_unique IF NOT EXISTS FOR (m:IppModelVersion) REQUIRE m.version IS UNIQUE
