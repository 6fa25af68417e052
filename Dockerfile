FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY feed ./feed
COPY db ./db
RUN pip install --no-cache-dir . && useradd --system --home /app feed && chown feed /app
USER feed
ENV FEED_DATABASE_URL=sqlite:////app/feed.db
EXPOSE 8000
CMD ["feed", "serve", "--host", "0.0.0.0", "--port", "8000"]
