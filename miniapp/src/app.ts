import { PropsWithChildren } from 'react'
import './app.css'

function App({ children }: PropsWithChildren<any>) {
  return children
}

export default App
