// placeholder: export module
