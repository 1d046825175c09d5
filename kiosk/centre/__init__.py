"""Centre services' domain and storage (Qt-free): one module per service."""
