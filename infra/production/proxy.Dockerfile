# syntax=docker/dockerfile:1
# The reverse proxy: nginx with the built single-page app and nginx.conf. Build context is the repository root:
#   ./mvnw -B -DskipTests package                      # makes frontend/dist (and the backend jar)
#   docker compose -f infra/production/compose.yaml build
# nginx 1.27.3 or newer: the upstream servers use "resolve", which older open-source nginx lacks.
FROM nginx:1.30-alpine

# The image fills templates/*.template with environment variables at start and writes the result to
# NGINX_ENVSUBST_OUTPUT_DIR: templates/nginx.conf.template becomes /etc/nginx/nginx.conf. The filter keeps nginx's own
# $variables ($host, $uri, ...) untouched: only PORTAL_* and KEYCLOAK_* are substituted.
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx \
    NGINX_ENVSUBST_FILTER="(PORTAL|KEYCLOAK)_"

RUN rm -f /etc/nginx/conf.d/default.conf \
 && rm -rf /usr/share/nginx/html/*

COPY infra/production/nginx.conf /etc/nginx/templates/nginx.conf.template
COPY frontend/dist/ /usr/share/nginx/html/
