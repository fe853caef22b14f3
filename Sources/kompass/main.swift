print("kompass")
