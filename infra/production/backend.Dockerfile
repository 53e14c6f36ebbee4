# syntax=docker/dockerfile:1
# The portal backend: the runnable jar on a Java 25 runtime. Build context is the repository root (compose.yaml):
#   ./mvnw -B -DskipTests package                      # makes backend/target/backend.jar (and frontend/dist)
#   docker compose -f infra/production/compose.yaml build
# The jar is built outside Docker, by the same Maven build CI runs and tests, so the image holds exactly that artefact.
FROM eclipse-temurin:25-jre

# curl for the container health check (compose.yaml).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# Never run as root.
RUN groupadd --system portal \
 && useradd --system --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal

WORKDIR /app
COPY backend/target/backend.jar /app/backend.jar

# Attached files when the store is local (compose.yaml mounts a volume shared by the backends here); owned by the
# portal user, so a new named volume takes that owner over.
RUN mkdir -p /data/files && chown portal:portal /data/files

USER portal
EXPOSE 8080

# Heap follows the container's memory limit; an OutOfMemoryError ends the process, so Docker restarts a clean one.
# Add JVM flags without rebuilding through JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/backend.jar"]
